package till.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import till.order.OrderNumbers;
import till.order.OrderUid;

/**
 * Order sequence numbers from a counter row per session and login in the H2 store. The increment is committed to
 * the file before the number is returned, so no number is handed out twice even after a process kill; the fsync of
 * the next paid order also covers it, so no paid order's number can be lost to a power cut. Thread-safe.
 */
public final class H2OrderNumbers implements OrderNumbers {

    private final Database database;

    public H2OrderNumbers(Database database) {
        this.database = database;
    }

    @Override
    public OrderUid next(long sessionId, int loginNumber) {
        String name = "order_sequence:" + sessionId + ":" + loginNumber;
        int sequence = database.write(c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    "MERGE INTO counters t USING (VALUES (CAST(? AS VARCHAR(100)))) AS n (name) ON t.name = n.name"
                            + " WHEN MATCHED THEN UPDATE SET counter_value = t.counter_value + 1"
                            + " WHEN NOT MATCHED THEN INSERT (name, counter_value) VALUES (n.name, 1)")) {
                merge.setString(1, name);
                merge.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT counter_value FROM counters WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return Math.toIntExact(rs.getLong(1));
                }
            }
        });
        return new OrderUid(sessionId, loginNumber, sequence);
    }
}
