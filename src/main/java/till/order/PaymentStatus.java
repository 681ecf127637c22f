package till.order;

import java.math.BigDecimal;

/**
 * Where the payment of an order stands: what is paid, what remains, the change due. Immutable.
 *
 * @param paid      sum of all payment lines
 * @param remaining what is still due (zero when fully paid)
 * @param change    what goes back to the customer in cash (zero unless overpaid)
 */
public record PaymentStatus(BigDecimal total, BigDecimal paid, BigDecimal remaining, BigDecimal change) {

    public boolean fullyPaid() {
        return remaining.signum() == 0;
    }
}
