package till.refunds;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import till.order.PaidOrder;

/**
 * The till's own paid orders as a refund needs them: the original, and what this till already refunded of it. A port
 * the store implements. Implementations are thread-safe and block on the disk.
 */
public interface RefundHistory {

    /** The paid order with this uid, stored by this till. */
    Optional<PaidOrder> paidOrder(String uid);

    /** The quantities this till's stored refunds gave back of the order's lines, by line id, as positive numbers. */
    Map<Integer, BigDecimal> refunded(String originalUid);
}
