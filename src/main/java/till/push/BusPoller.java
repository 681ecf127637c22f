package till.push;

import till.worker.Scheduler;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import till.odoo.JsonRpcClient.PendingCall;
import till.odoo.OdooException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push channel to one Odoo server: a worker thread {@code longpoll-poller} that long-polls
 * {@code /longpolling/poll}, hands notifications to the {@link NotificationRouter}, keeps {@code last} in the
 * {@link BusCursor}, backs off with jitter after a failure and emulates {@code pos_longpolling} for the icon's state.
 * Thread-safe: {@link #start}, {@link #reconnectNow} and {@link #close} may be called from any thread (never blocking
 * but for {@code close}'s bounded join); everything else runs on the poller and timer threads.
 */
public final class BusPoller implements AutoCloseable {

    /** The channel name {@code pos_longpolling} answers PONG on. */
    public static final String PONG_CHANNEL = "pos.longpolling";
    private static final Logger LOG = LoggerFactory.getLogger(BusPoller.class);

    private final BusCalls calls;
    private final BusSettings settings;
    private final BusClock time;
    private final BusCursor cursor;
    private final NotificationRouter router;
    private final Runnable reloadData;
    private final SessionRenewal renewal;
    private final ConnectionStateMachine gate;
    private final Liveness liveness;
    private final Gate retry = new Gate();
    private final String cursorKey;
    private Thread thread;
    private volatile boolean running;
    /** Poller thread only: a re-login already happened since the last completed poll (so no loop of them). */
    private boolean renewedSinceSuccess;
    // Guarded by this: the poll in flight, and what the next poll should be after a reconnect.
    private PendingCall current;
    private Scheduler.Task retryTask;
    private boolean restart;
    private boolean nextPeek;
    private boolean pingWithNextPoll;

    /** A poller that cannot log in again: a "Session expired" answer is a failure like any other. */
    public BusPoller(BusCalls calls, BusSettings settings, BusClock time, BusCursor cursor, NotificationRouter router,
                     Runnable reloadData) {
        this(calls, settings, time, cursor, router, reloadData, SessionRenewal.none());
    }

    /**
     * @param reloadData called (on the poller thread) after a gap long enough for the server to drop notifications
     * @param renewal    logs in again when a poll or PING is answered "Session expired" (code 100)
     */
    public BusPoller(BusCalls calls, BusSettings settings, BusClock time, BusCursor cursor, NotificationRouter router,
                     Runnable reloadData, SessionRenewal renewal) {
        this.renewal = renewal;
        this.calls = calls;
        this.settings = settings;
        this.time = time;
        this.cursor = cursor;
        this.router = router;
        this.reloadData = reloadData;
        this.gate = new ConnectionStateMachine(time.clock());
        this.liveness = new Liveness(gate, settings, time.clock(), time.scheduler(), this::ping);
        this.cursorKey = calls.pushServer() + "|" + settings.database();
    }

    /** The state the icon shows; listeners registered here get every change on their executor. */
    public ConnectionStateMachine state() {
        return gate;
    }

    public ConnectionStatus status() {
        return gate.status();
    }

    /** Starts the poller thread; idempotent. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        liveness.started();
        // With pos_longpolling the PING wakes the first poll; without it a peek poll answers at once (decision 0070).
        nextPeek = !liveness.pingPong();
        pingWithNextPoll = liveness.pingPong();
        thread = new Thread(this::run, "longpoll-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /** The icon's click: rotate, cancel any back-off wait and the poll in flight, poll again now and PING. */
    public void reconnectNow() {
        liveness.reconnecting();
        restartPoll(!liveness.pingPong(), liveness.pingPong());
    }

    private synchronized void restartPoll(boolean peek, boolean ping) {
        restart = true;
        nextPeek = peek;
        pingWithNextPoll = ping;
        if (retryTask != null) {
            retryTask.cancel();
        }
        retry.open();
        if (current != null) {
            current.cancel();
        }
    }

    private void run() {
        long last = cursor.last(cursorKey);
        Instant lastSuccess = null;
        hello();
        while (running) {
            PendingCall call = nextPoll(last);
            Instant started = time.clock().instant();
            JsonNode result;
            try {
                result = call.await();
            } catch (OdooException e) {
                if (!running || consumeRestart()) {
                    continue;
                }
                if (e.kind() == OdooException.Kind.SESSION_EXPIRED && !renewedSinceSuccess) {
                    renewedSinceSuccess = true;
                    if (renewSession()) {
                        continue;
                    }
                } else {
                    liveness.pollFailed(BusFailures.of(e, BusCalls.POLL, calls.pushServer()));
                }
                waitForRetry();
                // After the back-off wait a new expiry may log in again: no tight loop, no giving up for good.
                renewedSinceSuccess = false;
                continue;
            }
            renewedSinceSuccess = false;
            List<BusMessage> messages = BusItems.parse(result);
            LOG.debug("poll returned {} notification(s) after {} ms", messages.size(),
                    Duration.between(started, time.clock().instant()).toMillis());
            last = deliver(messages, last);
            Instant now = time.clock().instant();
            if (lastSuccess != null && Duration.between(lastSuccess, now).compareTo(settings.reloadGap()) > 0) {
                LOG.info("no poll completed for {} s: notifications may be lost, reloading the data",
                        Duration.between(lastSuccess, now).toSeconds());
                reloadData.run();
            }
            lastSuccess = now;
            time.backoff().reset();
            consumeRestart();
            liveness.pollSucceeded(messages.stream().anyMatch(BusPoller::isPong));
        }
    }

    /**
     * Logs in again after "Session expired" without the icon noticing; when that fails, red with the reason.
     *
     * @return whether the session is fresh and the poll can go out again at once
     */
    private boolean renewSession() {
        try {
            renewal.renew();
            LOG.info("the Odoo session expired; logged in again, polling on");
            // A peek, as after any failure: the icon learns at once that the channel works, not up to 50 s later.
            nextPeekAfterFailure();
            return true;
        } catch (OdooException e) {
            LOG.warn("the Odoo session expired and logging in again failed: {}", e.getMessage());
            liveness.pollFailed(SessionRenewal.failed(e));
            return false;
        }
    }

    private void hello() {
        try {
            calls.hello(settings.callTimeout());
            liveness.serverAnswered();
        } catch (OdooException e) {
            liveness.pollFailed(BusFailures.of(e, BusCalls.HELLO, calls.pushServer()));
            nextPeekAfterFailure();
            waitForRetry();
        }
    }

    private synchronized PendingCall nextPoll(long last) {
        boolean peek = nextPeek;
        nextPeek = false;
        List<String> channels = channels();
        Duration timeout = peek && settings.callTimeout().compareTo(settings.pollTimeout()) < 0 ? settings.callTimeout()
                : settings.pollTimeout();
        current = calls.poll(channels, last, peek, timeout);
        liveness.pollStarted();
        if (pingWithNextPoll && !peek) {
            pingWithNextPoll = false;
            time.scheduler().schedule(Duration.ZERO, this::ping);
        }
        return current;
    }

    private List<String> channels() {
        List<String> names = new ArrayList<>(router.channelNames());
        if (liveness.pingPong() && !names.contains(PONG_CHANNEL)) {
            names.add(0, PONG_CHANNEL);
        }
        return names.stream().sorted().map(n -> PosChannels.of(settings.database(), n, settings.configId())).toList();
    }

    private long deliver(List<BusMessage> messages, long last) {
        router.dispatch(messages);
        long newLast = BusItems.newLast(last, messages);
        if (newLast != last) {
            cursor.save(cursorKey, newLast);
        }
        return newLast;
    }

    private synchronized boolean consumeRestart() {
        boolean was = restart;
        restart = false;
        return was;
    }

    private synchronized void nextPeekAfterFailure() {
        // The first poll after a failure is a peek: green as soon as the server is back, not up to 50 s later.
        nextPeek = true;
    }

    private void waitForRetry() {
        nextPeekAfterFailure();
        Duration wait = time.backoff().next();
        LOG.debug("next try in {} ms", wait.toMillis());
        synchronized (this) {
            if (restart) {
                restart = false;
                return;
            }
            retryTask = time.scheduler().schedule(wait, retry::open);
        }
        try {
            retry.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        consumeRestart();
    }

    private void ping() {
        if (!running || !liveness.pingPong()) {
            return;
        }
        liveness.pingSent();
        try {
            calls.ping(settings.database(), settings.configId(), settings.callTimeout());
            liveness.pingAnswered();
        } catch (OdooException e) {
            if (e.serverErrorName().orElse("").endsWith("NotFound")) {
                LOG.info("the server has no pos_longpolling (PING answered 404): a completed poll is the proof"
                        + " of life");
                liveness.pingUnsupported();
                restartPoll(true, false);
                return;
            }
            if (e.kind() == OdooException.Kind.SESSION_EXPIRED) {
                pingAfterRenewal();
                return;
            }
            liveness.pingFailed(BusFailures.of(e, BusCalls.PING, calls.server()));
        }
    }

    /** The PING was answered "Session expired": log in again and PING once more, or say why that failed. */
    private void pingAfterRenewal() {
        try {
            renewal.renew();
        } catch (OdooException failed) {
            liveness.pingFailed(SessionRenewal.failed(failed));
            return;
        }
        try {
            calls.ping(settings.database(), settings.configId(), settings.callTimeout());
            liveness.pingAnswered();
        } catch (OdooException e) {
            liveness.pingFailed(BusFailures.of(e, BusCalls.PING, calls.server()));
        }
    }

    private static boolean isPong(BusMessage m) {
        return PONG_CHANNEL.equals(m.name()) && "PONG".equals(m.payload().asText());
    }

    /** Stops the poller: cancels the poll in flight, wakes any wait, joins the thread (at most 5 s); idempotent. */
    @Override
    public void close() {
        Thread joining;
        synchronized (this) {
            running = false;
            joining = thread;
            if (current != null) {
                current.cancel();
            }
            if (retryTask != null) {
                retryTask.cancel();
            }
            retry.open();
        }
        if (joining != null) {
            try {
                joining.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        liveness.stopped();
    }
}
