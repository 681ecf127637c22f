package till.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import till.outbox.DeliveryTransitions;
import till.outbox.FailureKind;
import till.outbox.OrderSender;
import till.outbox.OrderTransport;
import till.outbox.OutboxQueue;
import till.outbox.SenderOptions;
import till.outbox.SenderStatus;
import till.worker.Backoff;
import till.worker.WakeableSleeper;

/**
 * An order sender run by a command as the till runs it: started on the store, told about each paid order, drained
 * and stopped at the end. Thread-safe.
 */
final class SendingSession implements AutoCloseable {

    private static final Duration STOP_BOUND = Duration.ofSeconds(10);

    private final OutboxQueue queue;
    private final OrderSender sender;
    private final Semaphore changes = new Semaphore(0);

    SendingSession(OutboxQueue queue, OrderTransport transport, Clock clock) {
        this(queue, transport, clock, SenderOptions.defaults());
    }

    /** @param options the settle time of the configured server, and no requests from outside */
    SendingSession(OutboxQueue queue, OrderTransport transport, Clock clock, SenderOptions options) {
        this.queue = queue;
        this.sender = new OrderSender(queue, transport, new WakeableSleeper(), Backoff::standard, clock, options);
        sender.addListener(status -> changes.release(), Runnable::run);
        sender.addListener(new DeliveryTransitions(), Runnable::run);
    }

    void start() {
        sender.start();
    }

    void orderPaid() {
        sender.orderPaid();
    }

    /**
     * Waits until no order waits (each is sent or rejected) or the timeout passes, or until the store refuses to
     * record what the server said (waiting longer cannot help then).
     *
     * @return whether none waits
     */
    boolean awaitAllSent(Duration timeout) throws InterruptedException {
        sender.sendNow();
        long end = System.nanoTime() + timeout.toNanos();
        // The store, not the last status, is the truth: a status may predate the round that emptied the outbox.
        while (queue.summary().unsent() > 0) {
            long left = end - System.nanoTime();
            if (left <= 0 || sender.status().lastFailure().equals(Optional.of(FailureKind.STORE_FAILED))) {
                return false;
            }
            changes.tryAcquire(left, TimeUnit.NANOSECONDS);
        }
        return true;
    }

    /**
     * Stops the sender: cancels the call in flight and joins it for at most {@code bound}; idempotent.
     *
     * @return whether it ended within the bound
     */
    boolean stop(Duration bound) throws InterruptedException {
        return sender.stop(bound);
    }

    SenderStatus status() {
        return sender.status();
    }

    @Override
    public void close() throws InterruptedException {
        sender.stop(STOP_BOUND);
    }
}
