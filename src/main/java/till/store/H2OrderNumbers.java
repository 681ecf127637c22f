package till.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import till.order.OrderNumbers;
import till.order.OrderUid;

/**
 * Order sequence numbers from a counter row per session and login in the H2 store. The increment is committed to
 * the file before the number is returned, so no number is handed out twice after a process kill; after a power cut
 * (or an H2 loss) {@link #coverPaidOrders} at start keeps it above every journaled paid order. Thread-safe.
 */
public final class H2OrderNumbers implements OrderNumbers {

    private final Database database;

    public H2OrderNumbers(Database database) {
        this.database = database;
    }

    /**
     * Raises every counter to at least the highest number a paid order of its session and login carries, so that a
     * paid order put back from the journal never has its number handed out again. Called once at start.
     */
    void coverPaidOrders() {
        database.write(c -> {
            Map<String, Long> highest = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT uid FROM paid_orders")) {
                while (rs.next()) {
                    String[] parts = rs.getString(1).split("-");
                    highest.merge(counterName(Long.parseLong(parts[0]), Integer.parseInt(parts[1])),
                            Long.parseLong(parts[2]), Math::max);
                }
            }
            try (PreparedStatement merge = c.prepareStatement(
                    "MERGE INTO counters t USING (VALUES (CAST(? AS VARCHAR(100)), CAST(? AS BIGINT))) AS n (name, v)"
                            + " ON t.name = n.name"
                            + " WHEN MATCHED THEN UPDATE SET counter_value = GREATEST(t.counter_value, n.v)"
                            + " WHEN NOT MATCHED THEN INSERT (name, counter_value) VALUES (n.name, n.v)")) {
                for (Map.Entry<String, Long> e : highest.entrySet()) {
                    merge.setString(1, e.getKey());
                    merge.setLong(2, e.getValue());
                    merge.executeUpdate();
                }
            }
            return null;
        });
    }

    private static String counterName(long sessionId, int loginNumber) {
        return "order_sequence:" + sessionId + ":" + loginNumber;
    }

    @Override
    public OrderUid next(long sessionId, int loginNumber) {
        String name = counterName(sessionId, loginNumber);
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
