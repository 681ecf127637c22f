package till.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;
import till.catalog.LoadMark;

/** The one row of {@code catalog_load_mark} (migration V10). Stateless; runs inside the caller's transaction. */
final class LoadMarkRow {

    private LoadMarkRow() {
    }

    static Optional<LoadMark> read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT next_offset, write_cursor, reconciled_at FROM catalog_load_mark"
                     + " WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp reconciled = rs.getTimestamp(3);
            return Optional.of(new LoadMark(rs.getInt(1), rs.getString(2),
                    reconciled == null ? null : reconciled.toInstant()));
        }
    }

    static void write(Connection c, LoadMark mark) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO catalog_load_mark (id, next_offset,"
                + " write_cursor, reconciled_at) KEY (id) VALUES (1, ?, ?, ?)")) {
            merge.setInt(1, mark.nextOffset());
            merge.setString(2, mark.cursor());
            if (mark.reconciledAt() == null) {
                merge.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                merge.setTimestamp(3, Timestamp.from(mark.reconciledAt()));
            }
            merge.executeUpdate();
        }
    }
}
