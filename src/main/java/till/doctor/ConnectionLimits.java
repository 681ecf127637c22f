package till.doctor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Odoo's database connection budget, as pos_longpolling's guide asks: {@code (1 + workers + max_cron_threads) *
 * db_maxconn < max_connections} in prefork mode (the 1 is the long-polling gevent process); a threaded server
 * ({@code workers = 0}) is one process with one pool of {@code db_maxconn}. Immutable.
 *
 * @param maxConnections PostgreSQL's {@code max_connections}
 */
public record ConnectionLimits(int workers, int maxCronThreads, int dbMaxconn, int maxConnections) {

    /** Odoo's defaults (workers 0, max_cron_threads 2, db_maxconn 64) and PostgreSQL's (max_connections 100). */
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(0, 2, 64, 100);

    /** Reads {@code workers}, {@code max_cron_threads} and {@code db_maxconn} from the {@code [options]} of a file. */
    public static ConnectionLimits fromOdooConf(Path file, int maxConnections) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            // odoo.conf is INI: "key = value" under [options]; Properties reads those lines and ignores the header.
            p.load(in);
        }
        return new ConnectionLimits(number(p, "workers", DEFAULTS.workers), number(p, "max_cron_threads",
                DEFAULTS.maxCronThreads), number(p, "db_maxconn", DEFAULTS.dbMaxconn), maxConnections);
    }

    /** Prefork: every worker, cron worker and the gevent process has its own pool; threaded (0 workers): one pool. */
    int needed() {
        return workers == 0 ? dbMaxconn : (1 + workers + maxCronThreads) * dbMaxconn;
    }

    Check check() {
        String sum = workers == 0 ? "One threaded Odoo process (workers 0) uses at most db_maxconn " + dbMaxconn
                : "(1 + " + workers + " workers + " + maxCronThreads + " cron threads) * db_maxconn " + dbMaxconn
                + " = " + needed();
        if (needed() < maxConnections) {
            return Check.pass("connection-limit", sum + " < PostgreSQL max_connections " + maxConnections + ".");
        }
        int processes = workers == 0 ? 1 : 1 + workers + maxCronThreads;
        int fitting = Math.max(1, (maxConnections - 1) / processes);
        return Check.fail("connection-limit", sum + " is not below PostgreSQL max_connections " + maxConnections
                + ": under load Odoo runs out of database connections and polls fail.", "Lower db_maxconn in"
                + " odoo.conf to at most " + fitting + ", or raise max_connections in postgresql.conf above "
                + needed() + ".");
    }

    private static int number(Properties p, String key, int fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Integer.parseInt(value.strip());
    }
}
