package till.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaymentLine;
import till.order.PaidOrder;

/** Paid orders for sender tests: one line of a product, paid exactly with one payment method, no tax. */
public final class PaidOrders {

    private PaidOrders() {
    }

    /** Order {@code sequence} of session {@code session}, login 1: one unit of {@code productId} at {@code price}. */
    public static PaidOrder paid(long session, int sequence, long productId, String price, long paymentMethodId,
                                 Instant paidAt) {
        BigDecimal amount = new BigDecimal(price);
        OrderLine line = new OrderLine(1, productId, "Product " + productId, BigDecimal.ONE, amount, BigDecimal.ZERO,
                List.of());
        OrderTotals totals = new OrderTotals(List.of(new OrderTotals.LineTotals(1, amount, amount)), List.of(),
                amount, BigDecimal.ZERO, amount);
        PaymentLine payment = new PaymentLine(paymentMethodId, "Method " + paymentMethodId, false, amount, paidAt);
        return new PaidOrder(new OrderUid(session, 1, sequence), paidAt.minusSeconds(30), paidAt, null, List.of(line),
                List.of(payment), totals, amount, BigDecimal.ZERO);
    }
}
