package till.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as it was paid: everything needed to send it to Odoo later, in any protocol version. Immutable.
 *
 * @param amountPaid   the tendered amount minus the change (what Odoo 12+ calls {@code amount_paid})
 * @param amountReturn the change given back in cash
 */
public record PaidOrder(
        OrderUid identity,
        Instant createdAt,
        Instant paidAt,
        Long customerId,
        List<OrderLine> lines,
        List<PaymentLine> payments,
        OrderTotals totals,
        BigDecimal amountPaid,
        BigDecimal amountReturn) {

    public PaidOrder {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    public String uid() {
        return identity.uid();
    }

    public String name() {
        return identity.name();
    }
}
