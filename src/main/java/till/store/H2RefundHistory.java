package till.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import till.order.OrderLine;
import till.order.PaidOrder;
import till.refunds.RefundHistory;

/**
 * This till's paid orders as refunds read them: the original by uid, and its refunds by their {@code refund_of}
 * column (migration V8), whose negative line quantities are summed per original line. Read-only. Thread-safe.
 */
public final class H2RefundHistory implements RefundHistory {

    private final Database database;
    private final StoreJson json;

    H2RefundHistory(Database database, StoreJson json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public Optional<PaidOrder> paidOrder(String uid) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT body FROM paid_orders WHERE uid = ?")) {
                select.setString(1, uid);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(json.read(rs.getString(1), PaidOrder.class)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<Integer, BigDecimal> refunded(String originalUid) {
        return database.read(c -> {
            Map<Integer, BigDecimal> refunded = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT body FROM paid_orders WHERE refund_of = ?")) {
                select.setString(1, originalUid);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        for (OrderLine line : json.read(rs.getString(1), PaidOrder.class).lines()) {
                            if (line.refundOf() != null && line.refundOf().originalUid().equals(originalUid)) {
                                refunded.merge(line.refundOf().originalLineId(), line.qty().negate(),
                                        BigDecimal::add);
                            }
                        }
                    }
                }
            }
            return Map.copyOf(refunded);
        });
    }
}
