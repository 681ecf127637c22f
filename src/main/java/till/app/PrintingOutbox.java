package till.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import till.order.PaidOrder;
import till.outbox.Outbox;
import till.outbox.OutboxEntry;
import till.outbox.OutboxSummary;

/**
 * The outbox as the register sees it when the till has a printer: after each paid order is durably committed, its
 * receipt is queued (decision 0142: right after the payment, in its own write). Thread-safe.
 */
final class PrintingOutbox implements Outbox {

    private final Outbox store;
    private final Consumer<PaidOrder> paid;

    PrintingOutbox(Outbox store, Consumer<PaidOrder> paid) {
        this.store = store;
        this.paid = paid;
    }

    @Override
    public void commitPaid(PaidOrder order) {
        store.commitPaid(order);
        paid.accept(order);
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
