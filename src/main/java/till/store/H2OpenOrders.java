package till.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import till.order.OpenOrder;
import till.order.OpenOrders;

/**
 * Open orders in the H2 store. A save is committed to the file before it returns, so it survives a process kill;
 * it is not fsynced (it happens on every keystroke, and an open order is not money yet). Thread-safe.
 */
public final class H2OpenOrders implements OpenOrders {

    private final Database database;
    private final StoreJson json;
    private final Clock clock;

    public H2OpenOrders(Database database, StoreJson json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<OpenOrder> all() {
        return database.read(c -> {
            List<OpenOrder> result = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body FROM open_orders ORDER BY created_at, seq")) {
                while (rs.next()) {
                    result.add(json.read(rs.getString(1), OpenOrder.class));
                }
            }
            return result;
        });
    }

    @Override
    public void save(OpenOrder order) {
        String body = json.write(order);
        database.write(c -> {
            try (PreparedStatement merge = c.prepareStatement(
                    "MERGE INTO open_orders o USING (VALUES (CAST(? AS VARCHAR(64)))) AS n (uid) ON o.uid = n.uid"
                            + " WHEN MATCHED THEN UPDATE SET body = ?, updated_at = ?"
                            + " WHEN NOT MATCHED THEN INSERT (uid, created_at, updated_at, body)"
                            + " VALUES (n.uid, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                merge.setString(1, order.uid());
                merge.setString(2, body);
                merge.setObject(3, now);
                merge.setObject(4, order.createdAt().atOffset(ZoneOffset.UTC));
                merge.setObject(5, now);
                merge.setString(6, body);
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void discard(String uid) {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM open_orders WHERE uid = ?")) {
                delete.setString(1, uid);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
