package till.outbox;

import till.order.PaidOrder;
import java.util.List;

/**
 * The durable store of paid orders and their way to the server. Implementations are thread-safe and block on the
 * disk: never call them on the JavaFX thread.
 */
public interface Outbox {

    /**
     * Records a paid order: in one transaction, removes the open order with the same uid, stores the paid order and
     * queues it as {@link OutboxState#WAITING}. Returns only once that transaction is durably on disk.
     *
     * @throws IllegalStateException if an order with this uid was already paid
     */
    void commitPaid(PaidOrder order);

    /** Every paid order with its state, oldest first. */
    List<OutboxEntry> list();

    /** The paid order with this uid, as it was paid. */
    java.util.Optional<PaidOrder> find(String uid);

    OutboxSummary summary();
}
