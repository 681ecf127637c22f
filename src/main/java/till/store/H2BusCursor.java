package till.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import till.push.BusCursor;

/**
 * The push channel's {@code last} in the H2 store, one row per push server and database. A lost write only makes
 * the next start replay a few notifications, so it is committed without an fsync. Thread-safe.
 */
public final class H2BusCursor implements BusCursor {

    private final Database database;

    public H2BusCursor(Database database) {
        this.database = database;
    }

    @Override
    public long last(String server) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT last_id FROM bus_cursor WHERE server_key = ?")) {
                select.setString(1, server);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public void save(String server, long last) {
        database.write(c -> {
            try (PreparedStatement merge = c.prepareStatement("MERGE INTO bus_cursor (server_key, last_id, updated_at)"
                    + " KEY (server_key) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                merge.setString(1, server);
                merge.setLong(2, last);
                return merge.executeUpdate();
            }
        });
    }
}
