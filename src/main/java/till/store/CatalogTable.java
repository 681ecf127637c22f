package till.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One table of the catalog cache ({@code id, server_order, body} and, for products, {@code barcode}) and how to bring
 * it in line with the server's records row by row. Immutable; its methods run inside the caller's transaction.
 *
 * @param barcode the value of the barcode column, or null when the table has none
 */
record CatalogTable<T>(String name, ToLongFunction<T> id, Function<T, String> barcode) {

    /** What a sync did, for the log and for deciding whether to compact. */
    record Changes(int inserted, int updated, int deleted, int unchanged) {
        Changes plus(Changes other) {
            return new Changes(inserted + other.inserted, updated + other.updated, deleted + other.deleted,
                    unchanged + other.unchanged);
        }
    }

    /** How many ids one {@code IN (...)} read binds. */
    private static final int CHUNK = 1_000;

    /** A cached row as far as a sync needs it. */
    private record Row(int order, String body) {
    }

    List<T> readAll(Connection c, StoreJson json, Class<T> type) throws SQLException {
        List<T> result = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT body FROM " + name + " ORDER BY server_order, id")) {
            while (rs.next()) {
                result.add(json.read(rs.getString(1), type));
            }
        }
        return result;
    }

    /** Makes the table hold exactly these records in this order; writes only the rows that differ. */
    Changes sync(Connection c, StoreJson json, List<T> records) throws SQLException {
        Map<Long, Row> cached = readRows(c);
        int unchanged = 0;
        try (PreparedStatement insert = c.prepareStatement(insertSql());
             PreparedStatement update = c.prepareStatement(updateSql())) {
            for (int order = 0; order < records.size(); order++) {
                T record = records.get(order);
                String body = json.write(record);
                Row row = cached.remove(id.applyAsLong(record));
                if (row == null) {
                    bind(insert, record, order, body);
                } else if (row.order() != order || !row.body().equals(body)) {
                    bind(update, record, order, body);
                } else {
                    unchanged++;
                }
            }
            return new Changes(sum(insert.executeBatch()), sum(update.executeBatch()), delete(c, cached.keySet()),
                    unchanged);
        }
    }

    /**
     * Writes these records over the cached ones (keeping their place) or after the last one. Reads only the rows of
     * these ids: a refresh of 100 products does not read 50 000.
     */
    int upsert(Connection c, StoreJson json, List<T> records) throws SQLException {
        Map<Long, Row> cached = readRows(c, records.stream().map(id::applyAsLong).toList());
        int next = lastOrder(c) + 1;
        try (PreparedStatement insert = c.prepareStatement(insertSql());
             PreparedStatement update = c.prepareStatement(updateSql())) {
            for (T record : records) {
                String body = json.write(record);
                Row row = cached.get(id.applyAsLong(record));
                if (row == null) {
                    bind(insert, record, next++, body);
                } else if (!row.body().equals(body)) {
                    bind(update, record, row.order(), body);
                }
            }
            return sum(insert.executeBatch()) + sum(update.executeBatch());
        }
    }

    int delete(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + name + " WHERE id = ?")) {
            for (long gone : ids) {
                delete.setLong(1, gone);
                delete.addBatch();
            }
            return sum(delete.executeBatch());
        }
    }

    /** The rows of these ids, read in chunks of {@link #CHUNK} (one statement per chunk). */
    private Map<Long, Row> readRows(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT id, server_order, body FROM " + name
                    + " WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), new Row(rs.getInt(2), rs.getString(3)));
                    }
                }
            }
        }
        return rows;
    }

    private int lastOrder(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(server_order), -1) FROM " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Map<Long, Row> readRows(Connection c) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, server_order, body FROM " + name)) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new Row(rs.getInt(2), rs.getString(3)));
            }
        }
        return rows;
    }

    /** Both statements take (server_order, body[, barcode], id), so one bind serves them. */
    private String insertSql() {
        return barcode == null
                ? "INSERT INTO " + name + " (server_order, body, id) VALUES (?, ?, ?)"
                : "INSERT INTO " + name + " (server_order, body, barcode, id) VALUES (?, ?, ?, ?)";
    }

    private String updateSql() {
        return "UPDATE " + name + " SET server_order = ?, body = ?" + (barcode == null ? "" : ", barcode = ?")
                + " WHERE id = ?";
    }

    private void bind(PreparedStatement statement, T record, int order, String body) throws SQLException {
        int column = 1;
        statement.setInt(column++, order);
        statement.setString(column++, body);
        if (barcode != null) {
            statement.setString(column++, barcode.apply(record));
        }
        statement.setLong(column, id.applyAsLong(record));
        statement.addBatch();
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }
}
