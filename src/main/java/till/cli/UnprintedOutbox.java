package till.cli;

import java.util.List;
import java.util.Optional;
import till.order.PaidOrder;
import till.outbox.Outbox;
import till.outbox.OutboxEntry;
import till.outbox.OutboxSummary;
import till.print.PrintJobs;
import till.print.ReceiptPrint;

/**
 * The outbox {@code till simulate} pays into: each simulated order's receipt is marked not to print right after its
 * commit, so that no printer prints hundreds of made-up receipts when the till starts next (decision 0143).
 * Thread-safe.
 */
final class UnprintedOutbox implements Outbox {

    private final Outbox store;
    private final PrintJobs jobs;

    UnprintedOutbox(Outbox store, PrintJobs jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    @Override
    public void commitPaid(PaidOrder order) {
        store.commitPaid(order);
        ReceiptPrint.notToPrint(jobs, order.uid());
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
