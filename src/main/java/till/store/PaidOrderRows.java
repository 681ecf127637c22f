package till.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import till.order.OrderLine;
import till.order.PaidOrder;
import till.order.RefundLink;
import till.outbox.OutboxState;

/**
 * The rows of one paid order: its {@code paid_orders} row and its waiting {@code outbox} row, and the open order it
 * came from removed. Written by a payment ({@link H2Outbox#commitPaid}) and by the replay of the journal at start
 * ({@link JournalRecovery}), so both write the same rows. Stateless.
 */
final class PaidOrderRows {

    private PaidOrderRows() {
    }

    /** Inserts the order's rows on {@code c}, inside the caller's transaction; {@code now} stamps the outbox row. */
    static void insert(Connection c, PaidOrder order, String body, Instant now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM open_orders WHERE uid = ?")) {
            delete.setString(1, order.uid());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO paid_orders"
                + " (uid, name, amount_total, amount_text, paid_at, body, refund_of) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, order.uid());
            insert.setString(2, order.name());
            insert.setBigDecimal(3, order.totals().total());
            insert.setString(4, order.totals().total().toPlainString());
            insert.setObject(5, utc(order.paidAt()));
            insert.setString(6, body);
            insert.setString(7, refundOf(order));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox"
                + " (uid, state, attempts, last_error, created_at, updated_at, seq) VALUES (?, ?, 0, '', ?, ?,"
                + " (SELECT seq FROM paid_orders WHERE uid = ?))")) {
            OffsetDateTime stamp = utc(now);
            insert.setString(1, order.uid());
            insert.setString(2, OutboxState.WAITING.name());
            insert.setObject(3, stamp);
            insert.setObject(4, stamp);
            insert.setString(5, order.uid());
            insert.executeUpdate();
        }
    }

    /** The uid of the order a refund gives lines back of (migration V8), or null for a sale. */
    static String refundOf(PaidOrder order) {
        return order.lines().stream().map(OrderLine::refundOf).filter(Objects::nonNull).map(RefundLink::originalUid)
                .findFirst().orElse(null);
    }

    /** How the store writes an instant: UTC. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
