package till.session;

import java.math.BigDecimal;

/**
 * What one payment method should hold at the end of a session, from the till's own orders. Immutable.
 *
 * @param expected for the cash method: opening cash + cash taken - change given; for the others what was paid
 */
public record MethodTotal(long methodId, String name, boolean cash, BigDecimal expected) {
}
