package till.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.order.PaidOrder;
import till.print.PrintJob;
import till.print.PrintJobState;
import till.print.PrintJobs;
import till.print.ReportDocument;

/**
 * The print queue in the H2 store ({@code print_jobs}, migrations V4 and V12 for reports). Every change is written to the file before
 * the method returns ({@link Database#write}): a job queued must survive a kill, and one marked printing must be
 * found so after it, or a crash mid-receipt would print a second original. Thread-safe.
 */
public final class H2PrintJobs implements PrintJobs {

    private static final int ERROR_LENGTH = 4000;
    private static final String COLUMNS = "id, order_uid, report_body IS NOT NULL, duplicate, kick, state, attempts,"
            + " last_error, created_at, updated_at";

    private final Database database;
    private final StoreJson json;
    private final Clock clock;

    H2PrintJobs(Database database, StoreJson json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean queueReceipt(String orderUid, boolean kick) {
        return database.write(c -> insert(c, orderUid, true, false, kick, PrintJobState.QUEUED, "") > 0);
    }

    @Override
    public long queueCopy(String orderUid) {
        return database.write(c -> {
            insert(c, orderUid, false, true, false, PrintJobState.QUEUED, "");
            return lastId(c);
        });
    }

    @Override
    public long queueDrawerKick() {
        return database.write(c -> {
            insert(c, null, false, false, true, PrintJobState.QUEUED, "");
            return lastId(c);
        });
    }

    @Override
    public boolean queueReport(String key, ReportDocument report) {
        return database.write(c -> insertReport(c, key, report) > 0);
    }

    @Override
    public long queueReportCopy(ReportDocument report) {
        return database.write(c -> {
            insertReport(c, null, report);
            return lastId(c);
        });
    }

    /** Inserts a report's job; with a key only when no job has that key yet. Returns the rows inserted. */
    private int insertReport(Connection c, String key, ReportDocument report) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO print_jobs (original_of, duplicate, kick,"
                + " state, attempts, last_error, created_at, updated_at, report_body)"
                + " SELECT ?, ?, FALSE, 'QUEUED', 0, '', ?, ?, ? FROM DUAL"
                + " WHERE NOT EXISTS (SELECT 1 FROM print_jobs WHERE original_of = ?)")) {
            insert.setString(1, key);
            insert.setBoolean(2, key == null);
            insert.setObject(3, now());
            insert.setObject(4, now());
            insert.setString(5, json.write(report.marked("")));
            insert.setString(6, key);
            return insert.executeUpdate();
        }
    }

    @Override
    public Optional<Pending> next() {
        return database.read(c -> {
            Optional<PrintJob> job;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM print_jobs WHERE state = 'QUEUED'"
                         + " ORDER BY state, id LIMIT 1")) {
                job = rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
            if (job.isEmpty()) {
                return Optional.empty();
            }
            if (job.get().report()) {
                return Optional.of(new Pending(job.get(), Optional.empty(), Optional.of(report(c, job.get().id()))));
            }
            return Optional.of(new Pending(job.get(), job.get().orderUid().isEmpty() ? Optional.empty()
                    : paidOrder(c, job.get().orderUid().get())));
        });
    }

    @Override
    public void markPrinting(long id) {
        move(id, PrintJobState.QUEUED, PrintJobState.PRINTING, null, false);
    }

    @Override
    public void markPrinted(long id) {
        move(id, PrintJobState.PRINTING, PrintJobState.PRINTED, "", false);
    }

    @Override
    public void retry(long id, String cause, boolean mayHavePrinted) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE print_jobs SET state = 'QUEUED',"
                    + " attempts = attempts + 1, last_error = ?, updated_at = ?"
                    + (mayHavePrinted ? ", duplicate = TRUE, kick = FALSE" : "")
                    + " WHERE id = ? AND state IN ('QUEUED', 'PRINTING')")) {
                update.setString(1, clip(cause));
                update.setObject(2, now());
                update.setLong(3, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void markFailed(long id, String cause) {
        move(id, PrintJobState.QUEUED, PrintJobState.FAILED, cause, true);
    }

    @Override
    public boolean cancel(long id) {
        return database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE print_jobs SET state = 'CANCELLED',"
                    + " updated_at = ? WHERE id = ? AND state = 'QUEUED'")) {
                update.setObject(1, now());
                update.setLong(2, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int recover(Instant printFrom) {
        return database.write(c -> new H2PrintRecovery(c, now()).recover(printFrom));
    }

    @Override
    public List<PrintJob> list(int max) {
        return database.read(c -> {
            List<PrintJob> jobs = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM print_jobs"
                    + " ORDER BY id DESC LIMIT ?")) {
                select.setInt(1, max);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        jobs.add(job(rs));
                    }
                }
            }
            return jobs;
        });
    }

    @Override
    public int waiting() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM print_jobs"
                         + " WHERE state IN ('QUEUED', 'PRINTING')")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private int insert(Connection c, String orderUid, boolean original, boolean duplicate, boolean kick,
                       PrintJobState state, String error) throws SQLException {
        return insert(c, now(), orderUid, original, duplicate, kick, state, error);
    }

    /** Inserts a job; an original receipt only when its order has none yet. Returns the rows inserted. */
    static int insert(Connection c, OffsetDateTime now, String orderUid, boolean original, boolean duplicate,
                      boolean kick, PrintJobState state, String error) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO print_jobs (order_uid, original_of,"
                + " duplicate, kick, state, attempts, last_error, created_at, updated_at)"
                + " SELECT ?, ?, ?, ?, ?, 0, ?, ?, ? FROM DUAL"
                + " WHERE NOT EXISTS (SELECT 1 FROM print_jobs WHERE original_of = ?)")) {
            String originalOf = original ? orderUid : null;
            insert.setString(1, orderUid);
            insert.setString(2, originalOf);
            insert.setBoolean(3, duplicate);
            insert.setBoolean(4, kick);
            insert.setString(5, state.name());
            insert.setString(6, clip(error));
            insert.setObject(7, now);
            insert.setObject(8, now);
            insert.setString(9, originalOf);
            return insert.executeUpdate();
        }
    }

    private void move(long id, PrintJobState from, PrintJobState to, String error, boolean countAttempt) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE print_jobs SET state = ?, updated_at = ?"
                    + (error == null ? "" : ", last_error = ?") + (countAttempt ? ", attempts = attempts + 1" : "")
                    + " WHERE id = ? AND state = ?")) {
                int i = 1;
                update.setString(i++, to.name());
                update.setObject(i++, now());
                if (error != null) {
                    update.setString(i++, clip(error));
                }
                update.setLong(i++, id);
                update.setString(i, from.name());
                return update.executeUpdate();
            }
        });
    }

    private Optional<PaidOrder> paidOrder(Connection c, String uid) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT body FROM paid_orders WHERE uid = ?")) {
            select.setString(1, uid);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(json.read(rs.getString(1), PaidOrder.class)) : Optional.empty();
            }
        }
    }

    private ReportDocument report(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT report_body FROM print_jobs WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return json.read(rs.getString(1), ReportDocument.class);
            }
        }
    }

    private static long lastId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM print_jobs")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PrintJob job(ResultSet rs) throws SQLException {
        return new PrintJob(rs.getLong(1), Optional.ofNullable(rs.getString(2)), rs.getBoolean(3), rs.getBoolean(4),
                rs.getBoolean(5), PrintJobState.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8),
                instant(rs, 9), instant(rs, 10));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static String clip(String text) {
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
