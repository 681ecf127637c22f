package till.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the schema from the versioned SQL resources {@code till/store/V<n>__<what>.sql}, in order,
 * recording each applied version in {@code schema_version}. Immutable.
 *
 * <p>H2 commits DDL statements on its own, so a migration is one transaction only as far as H2 allows; the version
 * row is written last, so a migration interrupted half-way is retried and must therefore be written to tolerate it
 * (or be a single statement).
 */
public final class Migrations {

    /** The migrations of this build, oldest first. A new one is appended here and never edited afterwards. */
    public static final List<String> RESOURCES = List.of("V1__initial_schema.sql", "V2__bus_cursor.sql",
            "V3__outbox_queue_order.sql", "V4__print_jobs.sql", "V5__outbox_unknown_outcome.sql",
            "V6__catalog_server_order.sql", "V7__cash_moves.sql", "V8__refund_of.sql",
            "V10__catalog_load_mark.sql", "V12__print_reports.sql");

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final List<String> resources;
    private final ClassLoader loader;

    /** @param resources file names under {@code till/store/}, version order */
    public Migrations(List<String> resources, ClassLoader loader) {
        this.resources = List.copyOf(resources);
        this.loader = loader;
    }

    public static Migrations current() {
        return new Migrations(RESOURCES, Migrations.class.getClassLoader());
    }

    /** The version the schema will have after {@link #apply}. */
    public int latestVersion() {
        return resources.isEmpty() ? 0 : versionOf(resources.get(resources.size() - 1));
    }

    /** Applies every migration newer than the database's version. */
    void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " name VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        connection.commit();
        int current = currentVersion(connection);
        refuseNewer(current);
        for (String resource : resources) {
            int version = versionOf(resource);
            if (version > current) {
                applyOne(connection, version, resource);
            }
        }
    }

    /** Refuses a database written by a newer Till; checked before the file is opened for writing, and again after. */
    void refuseNewer(int current) {
        if (current > latestVersion()) {
            throw new StoreException("The database was written by a newer Till (schema version " + current
                    + ", this Till knows up to " + latestVersion() + "). Install that newer Till again.");
        }
    }

    /** The schema version of a database that may not have its version table yet (a first start cut short). */
    static int versionIfAny(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        return currentVersion(connection);
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void applyOne(Connection connection, int version, String resource) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements(read(resource))) {
                s.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                insert.setInt(1, version);
                insert.setString(2, resource);
                insert.executeUpdate();
            }
            connection.commit();
            LOG.info("Applied schema migration {}", resource);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream("till/store/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource till/store/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration till/store/" + resource, e);
        }
    }

    /** Splits a script on semicolons at line ends, dropping {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    static int versionOf(String resource) {
        if (!resource.startsWith("V") || !resource.contains("__")) {
            throw new IllegalArgumentException("migration name must look like V<n>__<what>.sql: " + resource);
        }
        return Integer.parseInt(resource.substring(1, resource.indexOf("__")));
    }
}
