package till.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import till.worker.Backoff;
import till.outbox.DeliveryTransitions;
import till.outbox.OrderSender;
import till.outbox.OrderTransport;
import till.outbox.OutboxQueue;
import till.outbox.SenderStatus;
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
        this.queue = queue;
        this.sender = new OrderSender(queue, transport, new WakeableSleeper(), Backoff::standard, clock);
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
     * Waits until no order waits (each is sent or rejected) or the timeout passes.
     *
     * @return whether none waits
     */
    boolean awaitAllSent(Duration timeout) throws InterruptedException {
        sender.sendNow();
        long end = System.nanoTime() + timeout.toNanos();
        // The store, not the last status, is the truth: a status may predate the round that emptied the outbox.
        while (queue.summary().unsent() > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            changes.tryAcquire(left, TimeUnit.NANOSECONDS);
        }
        return true;
    }

    SenderStatus status() {
        return sender.status();
    }

    @Override
    public void close() throws InterruptedException {
        sender.stop(STOP_BOUND);
    }
}
