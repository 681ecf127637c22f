package till.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.outbox.Outbox;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.OutboxSummary;
import till.order.PaidOrder;

/**
 * An outbox that records every committed paid order in memory and, like the real one, removes the open order
 * (when given a {@link FakeOpenOrders}) and refuses a uid paid twice. Thread-safe.
 */
public final class RecordingOutbox implements Outbox {

    private final FakeOpenOrders openOrders;
    private final List<PaidOrder> committed = new ArrayList<>();

    public RecordingOutbox() {
        this(null);
    }

    public RecordingOutbox(FakeOpenOrders openOrders) {
        this.openOrders = openOrders;
    }

    @Override
    public synchronized void commitPaid(PaidOrder order) {
        if (find(order.uid()).isPresent()) {
            throw new IllegalStateException("Order " + order.uid() + " was already paid");
        }
        committed.add(order);
        if (openOrders != null) {
            openOrders.removeQuietly(order.uid());
        }
    }

    @Override
    public synchronized List<OutboxEntry> list() {
        return committed.stream()
                .map(o -> new OutboxEntry(o.uid(), o.name(), OutboxState.WAITING, o.totals().total(), o.paidAt(), 0,
                        ""))
                .toList();
    }

    @Override
    public synchronized Optional<PaidOrder> find(String uid) {
        return committed.stream().filter(o -> o.uid().equals(uid)).findFirst();
    }

    @Override
    public synchronized OutboxSummary summary() {
        BigDecimal unsent = committed.stream().map(o -> o.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OutboxSummary(committed.size(), 0, unsent,
                committed.stream().map(PaidOrder::paidAt).min(java.time.Instant::compareTo), "");
    }

    /** Every paid order committed so far, in order. */
    public synchronized List<PaidOrder> committed() {
        return List.copyOf(committed);
    }
}
