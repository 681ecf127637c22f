package till.sell;

import java.math.BigDecimal;
import java.util.Optional;
import till.order.OpenOrder;
import till.order.OrderTotals;
import till.order.PaymentStatus;

/**
 * An open order with its amounts as the register computed them, handed from the I/O thread to the screen in one
 * piece. Immutable.
 */
public record OrderSnapshot(OpenOrder order, OrderTotals totals, PaymentStatus payment) {

    public String uid() {
        return order.uid();
    }

    /** The line's tax-included total ({@code price_subtotal_incl}), as Odoo's POS shows it. */
    public BigDecimal lineTotal(int lineId) {
        return lineTotals(lineId).map(OrderTotals.LineTotals::priceSubtotalIncl).orElse(BigDecimal.ZERO);
    }

    public Optional<OrderTotals.LineTotals> lineTotals(int lineId) {
        return totals.lines().stream().filter(l -> l.lineId() == lineId).findFirst();
    }

    public boolean isEmpty() {
        return order.lines().isEmpty() && order.payments().isEmpty();
    }
}
