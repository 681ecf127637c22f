package till.outbox;

import java.util.List;
import java.util.Map;
import till.order.PaidOrder;

/**
 * Delivers a batch of paid orders to the server in one call (Odoo's {@code pos.order.create_from_ui}), and asks the
 * server which orders it holds. The payload is built from the stored orders on every call, so a resend is identical.
 * Implementations are thread-safe: {@link #cancel()} comes from another thread than {@link #send}.
 */
public interface OrderTransport {

    /**
     * Sends the batch and blocks until the server answered or the transport's deadline passed. The transport never
     * sends it twice by itself: every resend is the sender's decision.
     *
     * @return the orders the server's answer accounts for
     * @throws SendFailure classified; {@link FailureKind#REJECTED} means the server refused the batch as a whole
     *                     (Odoo rolls the whole call back), so none of it was stored;
     *                     {@link FailureKind#OUTCOME_UNKNOWN} means the request may have reached the server and none
     *                     of the batch may be sent again before a lookup
     */
    SendResult send(List<PaidOrder> batch) throws SendFailure;

    /**
     * Asks the server which of these orders it holds (Odoo 14-17: {@code pos.order} by {@code pos_reference} within
     * the POS configuration; 18: by uuid). Read-only, so it may be retried freely. Transports that cannot look orders
     * up fail, which leaves orders of unknown outcome unknown rather than sending them again.
     *
     * @return the uid of each order the server holds, with the server's id (0 when it gave none)
     * @throws SendFailure classified, when the server could not be asked
     */
    default Map<String, Long> lookUp(List<PaidOrder> orders) throws SendFailure {
        throw new SendFailure(FailureKind.MISCONFIGURED, "This connection cannot ask the server which orders it has.");
    }

    /**
     * Stops the send in flight, if any, and every later one until {@link #resume()}: each fails at once as
     * {@link FailureKind#RETRYABLE}, or as {@link FailureKind#OUTCOME_UNKNOWN} when its request had already gone
     * out. Later ones too, so that a stop that comes between the sender's last look and its next call still stops
     * that call. Idempotent.
     */
    default void cancel() {
    }

    /** Lets sends run again after {@link #cancel()}; the sender calls it each time it starts. */
    default void resume() {
    }
}
