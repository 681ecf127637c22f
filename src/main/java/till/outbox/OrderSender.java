package till.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import till.worker.Backoff;
import till.worker.Listeners;
import till.worker.Sleeper;
import till.worker.Worker;
import till.worker.WorkerState;
import till.worker.WorkerStatus;

/**
 * Delivers every paid order to the server exactly once: a {@link Worker} named {@value #NAME} runs its
 * {@link DeliveryJob} on one thread, one send at a time, the same stored order (so the same name) on every resend,
 * orders marked sending in the same step that claims them. An order whose send may have reached the server without
 * an answer (a timeout, a broken connection, a crash) is not sent again until the server can no longer be working on
 * that call (the settle time) and a lookup did not find it there (docs/decisions/0160). After a failed round it waits
 * a capped exponential back-off, cut
 * short by {@link #sendNow()}, {@link #orderPaid()} and {@link #connectionRestored()} while it waits (not by one
 * that came while the failing call ran). Anything unexpected is logged by the worker, shown as
 * {@link WorkerState#FAILED} with its cause, and the job started again. {@link #stop} cancels the call in flight.
 * Its {@link SenderStatus} (the worker's state and the outbox's) goes to listeners on their own executors.
 * Thread-safe.
 */
public final class OrderSender {

    /** The worker's name, and its thread's. */
    public static final String NAME = "order-sender";
    /** Orders per call: the web POS sends all at once, but a smaller batch keeps one call's deadline short. */
    public static final int BATCH_SIZE = 50;
    /** With nothing to do, look at the outbox this often anyway, in case an order was queued without a wake. */
    public static final Duration IDLE_CHECK = Duration.ofMinutes(1);
    /** During a long round, the counts on the icon are refreshed at most this often (a summary scans the outbox). */
    static final Duration SUMMARY_EVERY = Duration.ofSeconds(1);

    private final OutboxQueue queue;
    private final DeliveryJob job;
    private final Worker worker;
    private final Listeners<SenderStatus> listeners = new Listeners<>();
    private final Object lock = new Object();
    private SenderStatus status = SenderStatus.initial();

    /**
     * A sender with {@link SenderOptions#defaults()}: Odoo's default request time limit as the settle time.
     *
     * @param backoffs makes two back-offs: one between failed sends, one between restarts after an unexpected failure
     */
    public OrderSender(OutboxQueue queue, OrderTransport transport, Sleeper sleeper, Supplier<Backoff> backoffs,
                       Clock clock) {
        this(queue, transport, sleeper, backoffs, clock, SenderOptions.defaults());
    }

    /**
     * @param backoffs makes two back-offs: one between failed sends, one between restarts after an unexpected failure
     * @param options  the settle time after a send of unknown outcome, and requests from outside the process
     */
    public OrderSender(OutboxQueue queue, OrderTransport transport, Sleeper sleeper, Supplier<Backoff> backoffs,
                       Clock clock, SenderOptions options) {
        this.queue = queue;
        this.job = new DeliveryJob(queue, transport, backoffs.get(), clock, options, this::running, this::update);
        this.worker = new Worker(NAME, job, sleeper, backoffs.get(), clock);
        // Same thread, under the worker's lock: the status follows the worker's changes in their order.
        worker.addListener(Runnable::run, this::workerChanged);
    }

    /** Starts the worker thread. @throws IllegalStateException unless the sender is new */
    public void start() {
        worker.start();
    }

    /**
     * Stops the worker: cancels the call in flight, wakes it from its wait and joins it for at most {@code bound}.
     * Idempotent. Orders of a cancelled call go back to waiting.
     *
     * @return true when the worker has ended
     */
    public boolean stop(Duration bound) throws InterruptedException {
        return worker.stop(bound);
    }

    /** The cashier asked: send every waiting order now. */
    public void sendNow() {
        worker.wake();
    }

    /** A new order was paid and committed: send it now. */
    public void orderPaid() {
        worker.wake();
    }

    /** The connection to the server came back: send now instead of waiting for the back-off. */
    public void connectionRestored() {
        worker.wake();
    }

    /** The cashier's choice: send this rejected order again (on the worker thread, at once). */
    public void retryRejected(String uid) {
        job.request(() -> queue.retryRejected(uid));
        worker.wake();
    }

    /** The cashier's choice: send every rejected order again (on the worker thread, at once). */
    public void retryAllRejected() {
        job.request(() -> queue.retryRejected(null));
        worker.wake();
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

    private boolean running() {
        return worker.status().state() == WorkerState.RUNNING;
    }

    private void workerChanged(WorkerStatus now) {
        update(s -> s.withWorker(now));
    }

    /** Publishing under the lock keeps every listener's view in the order the changes happened. */
    private void update(UnaryOperator<SenderStatus> change) {
        synchronized (lock) {
            status = change.apply(status);
            listeners.publish(status);
        }
    }
}
