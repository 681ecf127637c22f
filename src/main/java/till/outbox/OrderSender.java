package till.outbox;

import till.worker.Backoff;
import till.worker.Sleeper;
import till.worker.Listeners;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker that delivers every paid order to the server exactly once. It owns one thread, {@code order-sender}:
 * one send at a time, the same stored order (so the same name) on every resend, orders marked sending in the same
 * step that claims them, and at start the ones a crash left sending are queued again (the server skips what it
 * already has). It retries by itself with capped exponential back-off, and at once on {@link #sendNow()},
 * {@link #orderPaid()} and {@link #connectionRestored()}. Its {@link SenderStatus} goes to listeners on their own
 * executors. Thread-safe.
 */
public final class OrderSender {

    /** Orders per call: the web POS sends all at once, but a smaller batch keeps one call's deadline short. */
    public static final int BATCH_SIZE = 50;
    /** With nothing to do, look at the outbox this often anyway, in case an order was queued without a wake. */
    public static final Duration IDLE_CHECK = Duration.ofMinutes(1);
    /** During a long round, the counts on the icon are refreshed at most this often (a summary scans the outbox). */
    static final Duration SUMMARY_EVERY = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(OrderSender.class);

    private final OutboxQueue queue;
    private final OrderTransport transport;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final Clock clock;
    private final BatchDelivery delivery;
    private final Listeners<SenderStatus> listeners = new Listeners<>();
    private final Queue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private SenderStatus status = SenderStatus.initial();
    private Thread thread;
    private Instant lastSummary = Instant.MIN;

    public OrderSender(OutboxQueue queue, OrderTransport transport, Sleeper sleeper, Backoff backoff, Clock clock) {
        this.queue = queue;
        this.transport = transport;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.clock = clock;
        this.delivery = new BatchDelivery(queue, transport, BATCH_SIZE);
    }

    /** Starts the worker thread. @throws IllegalStateException unless the sender is new */
    public void start() {
        synchronized (lock) {
            if (status.state() != SenderState.NEW) {
                throw new IllegalStateException("the order sender was already started (" + status.state() + ")");
            }
            thread = new Thread(this::run, "order-sender");
            // Nothing is lost by a JVM exit mid-send: the orders stay in the outbox and are sent again.
            thread.setDaemon(true);
            changeState(SenderState.RUNNING);
            thread.start();
        }
    }

    /**
     * Stops the worker: cancels the call in flight, wakes it from its wait and joins it for at most {@code bound}.
     * Idempotent. Orders of a cancelled call go back to waiting.
     *
     * @return true when the worker has ended
     */
    public boolean stop(Duration bound) throws InterruptedException {
        Thread worker;
        synchronized (lock) {
            if (status.state() == SenderState.NEW) {
                changeState(SenderState.TERMINATED);
            } else if (status.state() == SenderState.RUNNING) {
                changeState(SenderState.STOPPING);
            }
            worker = thread;
        }
        if (worker == null) {
            return true;
        }
        transport.cancel();
        sleeper.wake();
        worker.join(Math.max(1, bound.toMillis()));
        return !worker.isAlive();
    }

    /** The cashier asked: send every waiting order now. */
    public void sendNow() {
        sleeper.wake();
    }

    /** A new order was paid and committed: send it now. */
    public void orderPaid() {
        sleeper.wake();
    }

    /** The connection to the server came back: send now instead of waiting for the back-off. */
    public void connectionRestored() {
        sleeper.wake();
    }

    /** The cashier's choice: send this rejected order again (on the worker thread, at once). */
    public void retryRejected(String uid) {
        requests.add(() -> queue.retryRejected(uid));
        sleeper.wake();
    }

    /** The cashier's choice: send every rejected order again (on the worker thread, at once). */
    public void retryAllRejected() {
        requests.add(() -> queue.retryRejected(null));
        sleeper.wake();
    }

    public SenderStatus status() {
        synchronized (lock) {
            return status;
        }
    }

    /** Calls {@code listener} on {@code executor} with the current status now and with every later change. */
    public void addListener(Consumer<SenderStatus> listener, Executor executor) {
        synchronized (lock) {
            listeners.add(executor, listener, status);
        }
    }

    private void run() {
        try {
            int recovered = queue.recoverInterrupted();
            if (recovered > 0) {
                LOG.info("{} orders were being sent when the till stopped; they wait again", recovered);
            }
            while (running()) {
                Duration pause = step();
                if (running()) {
                    sleeper.await(pause);
                }
            }
            changeStateLocked(SenderState.TERMINATED);
        } catch (InterruptedException e) {
            changeStateLocked(SenderState.TERMINATED);
        } catch (Throwable e) {
            // Only an Error or a failing recovery gets here; say so rather than dying silently.
            LOG.error("the order sender stopped on an error", e);
            update(s -> s.withFailure(Optional.empty(), "The order sender stopped on an error: " + e, Optional.empty())
                    .withState(SenderState.FAILED));
        } finally {
            delivery.close();
        }
    }

    /** One round; returns how long to wait before the next. */
    private Duration step() {
        try {
            drainRequests();
            BatchDelivery.Round round = delivery.round(this::running, this::sending);
            refreshSummary();
            return afterRound(round);
        } catch (RuntimeException e) {
            LOG.error("sending paid orders failed unexpectedly; trying again later", e);
            recoverQuietly();
            return retryLater(Optional.empty(), "Till could not work its outbox: " + e.getMessage());
        }
    }

    private Duration afterRound(BatchDelivery.Round round) {
        if (round.sent() > 0) {
            LOG.info("sent {} orders ({} were already on the server)", round.sent(), round.alreadyStored());
        }
        if (round.stoppedBy().isPresent()) {
            SendFailure failure = round.stoppedBy().get();
            return retryLater(Optional.of(failure.kind()), words(failure));
        }
        if (round.held() > 0) {
            SendFailure hold = round.notice().orElseThrow();
            return retryLater(Optional.of(hold.kind()), words(hold));
        }
        backoff.reset();
        Optional<SendFailure> refusal = round.notice();
        update(s -> s.withFailure(refusal.map(SendFailure::kind), refusal.map(OrderSender::words).orElse(""),
                Optional.empty()));
        return IDLE_CHECK;
    }

    private Duration retryLater(Optional<FailureKind> kind, String words) {
        Duration pause = backoff.next();
        Instant at = clock.instant().plus(pause);
        if (!words.equals(status().lastError())) {
            LOG.warn("orders wait: {} (next try in {} s)", words, pause.toSeconds());
        }
        update(s -> s.withFailure(kind, words, Optional.of(at)));
        return pause;
    }

    private static String words(SendFailure failure) {
        return failure.kind().advice() + " " + failure.getMessage();
    }

    private void sending(boolean now) {
        update(s -> s.withSending(now));
        if (!now && Duration.between(lastSummary, clock.instant()).compareTo(SUMMARY_EVERY) >= 0) {
            refreshSummary();
        }
    }

    private void drainRequests() {
        for (Runnable request = requests.poll(); request != null; request = requests.poll()) {
            request.run();
        }
    }

    private void refreshSummary() {
        OutboxSummary summary = queue.summary();
        lastSummary = clock.instant();
        update(s -> s.withSummary(summary));
    }

    private void recoverQuietly() {
        try {
            queue.recoverInterrupted();
            refreshSummary();
        } catch (RuntimeException e) {
            LOG.warn("could not put unfinished orders back to waiting; the next start will", e);
        }
    }

    private boolean running() {
        return status().state() == SenderState.RUNNING;
    }

    private void changeStateLocked(SenderState next) {
        synchronized (lock) {
            changeState(next);
        }
    }

    /** Caller holds the lock. */
    private void changeState(SenderState next) {
        LOG.info("order sender {} -> {}", status.state(), next);
        status = status.withState(next).withSending(false);
        listeners.publish(status);
    }

    /** Publishing under the lock keeps every listener's view in the order the changes happened. */
    private void update(UnaryOperator<SenderStatus> change) {
        synchronized (lock) {
            status = change.apply(status);
            listeners.publish(status);
        }
    }
}
