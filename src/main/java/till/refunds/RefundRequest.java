package till.refunds;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the cashier chose: the original order (its uid, its name {@code Order <uid>} or the receipt's barcode), the
 * quantity to give back of each of its lines (positive, by line id) and the payment method that pays the money out.
 * Immutable.
 */
public record RefundRequest(String order, Map<Integer, BigDecimal> quantities, long paymentMethodId) {

    public RefundRequest {
        quantities = Map.copyOf(new TreeMap<>(quantities));
    }
}
