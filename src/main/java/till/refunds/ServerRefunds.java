package till.refunds;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import till.order.PaidOrder;

/**
 * What the server says was already refunded of an order's lines (its {@code refunded_qty}, counting the refunds of
 * every till and of the back office). A port the Odoo client implements. Thread-safe; blocks on the network.
 */
@FunctionalInterface
public interface ServerRefunds {

    /** No server to ask (no configuration, or a version without {@code refunded_qty}). */
    ServerRefunds NONE = original -> Optional.empty();

    /**
     * The refunded quantities by the till's line id, or empty when the server cannot say now (offline, the original
     * not on the server yet, a version without refunded quantities): the local check then stands alone.
     */
    Optional<Map<Integer, BigDecimal>> refunded(PaidOrder original);
}
