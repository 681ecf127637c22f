package till.order;

import java.math.BigDecimal;
import java.time.Instant;

/** One tender on an order: a payment method and the amount handed over. Immutable. */
public record PaymentLine(long paymentMethodId, String methodName, boolean cash, BigDecimal amount, Instant at) {

    public PaymentLine withAmount(BigDecimal newAmount) {
        return new PaymentLine(paymentMethodId, methodName, cash, newAmount, at);
    }
}
