package till.outbox;

import till.order.PaidOrder;
import java.util.List;

/**
 * Delivers a batch of paid orders to the server in one call (Odoo's {@code pos.order.create_from_ui}). The payload
 * is built from the stored orders on every call, so a resend is identical and the server de-duplicates it by name.
 * Implementations are thread-safe: {@link #cancel()} comes from another thread than {@link #send}.
 */
public interface OrderTransport {

    /**
     * Sends the batch and blocks until the server answered or the transport's deadline passed.
     *
     * @return which orders the server stored now; every other order of the batch it already had
     * @throws SendFailure classified; {@link FailureKind#REJECTED} means the server refused the batch as a whole
     *                     (Odoo rolls the whole call back), so none of it was stored
     */
    SendResult send(List<PaidOrder> batch) throws SendFailure;

    /**
     * Stops the send in flight, if any, and every later one until {@link #resume()}: each fails at once as
     * {@link FailureKind#RETRYABLE}. Later ones too, so that a stop that comes between the sender's last look and
     * its next call still stops that call. Idempotent.
     */
    default void cancel() {
    }

    /** Lets sends run again after {@link #cancel()}; the sender calls it each time it starts. */
    default void resume() {
    }
}
