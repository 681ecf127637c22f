package till.refunds;

import java.util.List;
import java.util.Optional;
import till.order.PaidOrder;

/**
 * An original paid order with the quantity of each line still refundable. {@code serverChecked} says whether the
 * server's refunded quantities were counted (online, on a version that keeps them) or only the till's own. Immutable.
 */
public record Refundable(PaidOrder original, List<RefundableLine> lines, boolean serverChecked) {

    public Refundable {
        lines = List.copyOf(lines);
    }

    public Optional<RefundableLine> line(int lineId) {
        return lines.stream().filter(l -> l.lineId() == lineId).findFirst();
    }

    /** Whether anything is left to refund. */
    public boolean anyLeft() {
        return lines.stream().anyMatch(l -> l.left().signum() > 0);
    }
}
