package till.app;

import java.util.List;
import java.util.Optional;
import till.outbox.Outbox;
import till.outbox.OutboxEntry;
import till.outbox.OutboxSummary;
import till.order.PaidOrder;

/**
 * The store's outbox as the register sees it, waking the order sender after each paid order is durably committed,
 * so it is sent at once rather than at the sender's next look. Thread-safe.
 */
final class SignallingOutbox implements Outbox {

    private final Outbox store;
    private final Runnable orderPaid;

    SignallingOutbox(Outbox store, Runnable orderPaid) {
        this.store = store;
        this.orderPaid = orderPaid;
    }

    @Override
    public void commitPaid(PaidOrder order) {
        store.commitPaid(order);
        orderPaid.run();
    }

    @Override
    public List<OutboxEntry> list() {
        return store.list();
    }

    @Override
    public Optional<PaidOrder> find(String uid) {
        return store.find(uid);
    }

    @Override
    public OutboxSummary summary() {
        return store.summary();
    }
}
