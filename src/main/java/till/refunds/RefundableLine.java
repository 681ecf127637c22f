package till.refunds;

import java.math.BigDecimal;
import till.order.OrderLine;

/**
 * One line of an original order as a refund sees it: what was sold, what was already refunded (the larger of this
 * till's own count and the server's), and what may still be refunded. Immutable.
 */
public record RefundableLine(OrderLine line, BigDecimal refunded, BigDecimal left) {

    public int lineId() {
        return line.lineId();
    }

    public BigDecimal sold() {
        return line.qty();
    }
}
