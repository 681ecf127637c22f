package till.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.odoo.InFlightCalls;
import till.odoo.JsonRpcClient.PendingCall;
import till.odoo.OdooException;
import till.worker.Pause;
import till.worker.Scheduler;

/**
 * The push channel over Odoo 10-15's long polling: a hello, then one {@code /longpolling/poll} per round, its
 * notifications handed to the {@link BusInbox}; {@code pos_longpolling}'s PING/PONG where the server has it
 * ({@link Liveness}, {@link Ping}); a peek poll first after a start, a click or a failure (decision 0070); a new
 * login after "Session expired" (decision 0064); a wait between polls and orange while something answers the long
 * poll at once with nothing ({@link QuickEmptyPolls}, decision 0152). Rounds run on the push connection's worker;
 * PINGs and timers on the scheduler's thread, whose unexpected failures go to {@link PushEvents#unexpected};
 * {@link #reconnectNow} and {@link #close} come from any thread. Thread-safe. About 270 lines: the poll, its restart
 * by a click and its failures share the fields guarded by this object; apart, each would reach into the others'.
 */
public final class LongPollingTransport implements PushTransport {

    /** The channel name {@code pos_longpolling} answers PONG on. */
    public static final String PONG_CHANNEL = "pos.longpolling";
    private static final Logger LOG = LoggerFactory.getLogger(LongPollingTransport.class);

    private final BusCalls calls;
    private final BusSettings settings;
    private final BusClock time;
    private final BusInbox inbox;
    private final SessionRenewal renewal;
    private final PushEvents events;
    private final Scheduler timers;
    private final Liveness liveness;
    private final Ping ping;
    private final InFlightCalls inFlight = new InFlightCalls();
    private final QuickEmptyPolls quickPolls = new QuickEmptyPolls(System::nanoTime);
    private final String cursorKey;
    // Worker thread only.
    private boolean opened;
    private long last;
    /** A re-login already happened since the last completed poll (so no loop of them). */
    private boolean renewedSinceSuccess;
    // Guarded by this: the poll in flight, and what the next poll should be after a click.
    private PendingCall currentPoll;
    private boolean restart;
    private boolean nextPeek;
    private boolean pingWithNextPoll;

    /** @param renewal logs in again when a poll or PING is answered "Session expired" (code 100) */
    public LongPollingTransport(BusCalls calls, BusSettings settings, BusClock time, BusInbox inbox,
                                SessionRenewal renewal, PushEvents events) {
        this.calls = calls;
        this.settings = settings;
        this.time = time;
        this.inbox = inbox;
        this.renewal = renewal;
        this.events = events;
        this.timers = (delay, task) -> time.scheduler().schedule(delay, () -> onTimer(task));
        this.liveness = new Liveness(events, settings, time.clock(), timers, this::ping);
        this.ping = new Ping(calls, settings, liveness, renewal, inFlight, () -> restartPoll(true, false));
        this.cursorKey = calls.pushServer() + "|" + settings.database();
        // With pos_longpolling the PING wakes the first poll; without it a peek poll answers at once (decision 0070).
        this.nextPeek = !settings.pingPong();
        this.pingWithNextPoll = settings.pingPong();
    }

    @Override
    public Pause round() {
        if (!opened) {
            opened = true;
            last = inbox.last(cursorKey);
            liveness.started();
            return hello();
        }
        Poll poll = nextPoll();
        if (poll == null) {
            return Pause.NONE;
        }
        long tick = quickPolls.start();
        JsonNode result;
        try {
            result = inFlight.await(poll.call());
        } catch (OdooException e) {
            return pollFailed(e);
        }
        renewedSinceSuccess = false;
        List<BusMessage> messages = BusItems.parse(result);
        QuickEmptyPolls.Verdict verdict = quickPolls.completed(tick, poll.timeout(), poll.peek(), messages.isEmpty());
        LOG.debug("poll returned {} notification(s) after {} ms", messages.size(), quickPolls.lastMillis());
        last = inbox.deliver(cursorKey, last, messages);
        inbox.reached(settings.reloadGap());
        if (verdict == QuickEmptyPolls.Verdict.BROKEN || verdict == QuickEmptyPolls.Verdict.STILL_BROKEN) {
            return notHeld(verdict);
        }
        if (verdict == QuickEmptyPolls.Verdict.MENDED) {
            LOG.info("the long poll is held again: the server can push at once");
        }
        time.backoff().reset();
        liveness.pollSucceeded(messages.stream().anyMatch(LongPollingTransport::isPong));
        return Pause.NONE;
    }

    @Override
    public void reconnectNow() {
        liveness.reconnecting();
        restartPoll(!liveness.pingPong(), liveness.pingPong());
    }

    @Override
    public void close() {
        inFlight.cancel();
        liveness.close();
    }

    private Pause hello() {
        try {
            inFlight.await(calls.hello(settings.callTimeout()));
            liveness.serverAnswered();
            return Pause.NONE;
        } catch (OdooException e) {
            if (inFlight.cancelled()) {
                return Pause.NONE;
            }
            liveness.pollFailed(BusFailures.of(e, BusCalls.HELLO, calls.pushServer()));
            return retryLater();
        }
    }

    private Pause pollFailed(OdooException e) {
        if (inFlight.cancelled() || consumeRestart()) {
            // Stopping, or the click cancelled it to poll again at once.
            return Pause.NONE;
        }
        if (e.kind() == OdooException.Kind.SESSION_EXPIRED && !renewedSinceSuccess) {
            renewedSinceSuccess = true;
            if (renewSession()) {
                return Pause.NONE;
            }
        } else {
            liveness.pollFailed(BusFailures.of(e, BusCalls.POLL, calls.pushServer()));
        }
        return retryLater();
    }

    /**
     * The long poll came back at once with nothing once too often: orange with why, logged once when it starts, and
     * a growing wait before the next poll instead of a spinning core. The next poll is no peek: only a held poll
     * ends it.
     */
    private Pause notHeld(QuickEmptyPolls.Verdict verdict) {
        Duration wait = time.backoff().next();
        if (verdict == QuickEmptyPolls.Verdict.BROKEN) {
            LOG.warn("the server answered the long poll at once with nothing {} times in a row (the last after {} ms;"
                    + " Odoo holds it up to 50 s): a proxy or the server does not hold {}; polling with a wait between"
                    + " polls until one is held again", quickPolls.inARow(), quickPolls.lastMillis(), BusCalls.POLL);
        }
        liveness.pollNotHeld(quickPolls.inARow());
        synchronized (this) {
            if (restart) {
                restart = false;
                return Pause.NONE;
            }
        }
        LOG.debug("next poll in {} ms", wait.toMillis());
        return Pause.backOff(wait);
    }

    /** The back-off after a failure; the first try after it is a peek. */
    private Pause retryLater() {
        // After the back-off a new expiry may log in again: no tight loop, no giving up for good.
        renewedSinceSuccess = false;
        Duration wait = time.backoff().next();
        synchronized (this) {
            // The first poll after a failure is a peek: green as soon as the server is back, not up to 50 s later.
            nextPeek = true;
            if (restart) {
                restart = false;
                return Pause.NONE;
            }
        }
        LOG.debug("next try in {} ms", wait.toMillis());
        return Pause.backOff(wait);
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
            synchronized (this) {
                nextPeek = true;
            }
            return true;
        } catch (OdooException e) {
            LOG.warn("the Odoo session expired and logging in again failed: {}", e.getMessage());
            liveness.pollFailed(SessionRenewal.failed(e));
            return false;
        }
    }

    private synchronized Poll nextPoll() {
        if (inFlight.cancelled()) {
            return null;
        }
        // A click before this poll has what it asked for: this poll is the reconnect.
        restart = false;
        boolean peek = nextPeek;
        nextPeek = false;
        Duration timeout = peek && settings.callTimeout().compareTo(settings.pollTimeout()) < 0 ? settings.callTimeout()
                : settings.pollTimeout();
        currentPoll = calls.poll(channels(), last, peek, timeout);
        liveness.pollStarted();
        if (pingWithNextPoll && !peek) {
            pingWithNextPoll = false;
            timers.schedule(Duration.ZERO, ping);
        }
        return new Poll(currentPoll, peek, timeout);
    }

    /** A poll ready to go out, and what it was asked for (a held poll answers empty only after its hold). */
    private record Poll(PendingCall call, boolean peek, Duration timeout) {
    }

    private List<String> channels() {
        List<String> names = new ArrayList<>(inbox.channelNames());
        if (liveness.pingPong() && !names.contains(PONG_CHANNEL)) {
            names.add(0, PONG_CHANNEL);
        }
        return names.stream().sorted().map(n -> PosChannels.of(settings.database(), n, settings.configId())).toList();
    }

    /** A click (or no PING after all): cancel the poll in flight and poll again now, a peek or with a PING. */
    private synchronized void restartPoll(boolean peek, boolean withPing) {
        restart = true;
        nextPeek = peek;
        pingWithNextPoll = withPing;
        if (currentPoll != null) {
            currentPoll.cancel();
        }
    }

    private synchronized boolean consumeRestart() {
        boolean was = restart;
        restart = false;
        return was;
    }

    /** Sends a PING (on the silence timer); the {@link Ping} is made after the {@link Liveness} that calls this. */
    private void ping() {
        ping.run();
    }

    /** A timer's task: what it throws unexpectedly is the connection's failure, not the timer thread's. */
    private void onTimer(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            events.unexpected(e);
        }
    }

    private static boolean isPong(BusMessage m) {
        return PONG_CHANNEL.equals(m.name()) && "PONG".equals(m.payload().asText());
    }
}
