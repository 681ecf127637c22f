package till.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import till.print.PrintJobState;

/**
 * The print queue's recovery at start, inside one transaction of {@link H2PrintJobs#recover}: jobs a crash cut
 * while printing, and paid orders a crash left without a receipt job (decision 0142). Confined to that transaction.
 */
final class H2PrintRecovery {

    private final Connection c;
    private final OffsetDateTime now;

    H2PrintRecovery(Connection c, OffsetDateTime now) {
        this.c = c;
        this.now = now;
    }

    /** @return how many jobs were queued again or newly queued */
    int recover(Instant printFrom) throws SQLException {
        return interrupted() + unqueued(printFrom);
    }

    /**
     * Jobs a crash cut while printing: receipts and reports again as duplicates without the kick, lone kicks called
     * off.
     */
    private int interrupted() throws SQLException {
        try (PreparedStatement kicks = c.prepareStatement("UPDATE print_jobs SET state = 'CANCELLED', last_error = ?,"
                + " updated_at = ? WHERE state = 'PRINTING' AND order_uid IS NULL"
                + " AND report_body IS NULL")) {
            kicks.setString(1, "the till stopped while opening the drawer; it may have opened");
            kicks.setObject(2, now);
            kicks.executeUpdate();
        }
        try (PreparedStatement receipts = c.prepareStatement("UPDATE print_jobs SET state = 'QUEUED',"
                + " duplicate = TRUE, kick = FALSE, last_error = ?, updated_at = ? WHERE state = 'PRINTING'")) {
            receipts.setString(1, "the till stopped while this receipt was printing; it may have printed, so it"
                    + " prints again marked DUPLICATE");
            receipts.setObject(2, now);
            return receipts.executeUpdate();
        }
    }

    /** Paid orders after the cursor without a receipt job get one; the cursor moves past every paid order. */
    private int unqueued(Instant printFrom) throws SQLException {
        long newest = newestPaid();
        Optional<Long> cursor = cursor();
        int queued = 0;
        if (cursor.isPresent()) {
            try (PreparedStatement select = c.prepareStatement("SELECT p.uid, p.paid_at FROM paid_orders p"
                    + " WHERE p.seq > ? AND NOT EXISTS (SELECT 1 FROM print_jobs j WHERE j.original_of = p.uid)"
                    + " ORDER BY p.seq")) {
                select.setLong(1, cursor.get());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        queued += queueFound(rs.getString(1), H2PrintJobs.instant(rs, 2), printFrom);
                    }
                }
            }
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO print_cursor (id, last_seq) KEY (id)"
                + " VALUES (1, ?)")) {
            merge.setLong(1, newest);
            merge.executeUpdate();
        }
        return queued;
    }

    private int queueFound(String uid, Instant paidAt, Instant printFrom) throws SQLException {
        if (paidAt.isBefore(printFrom)) {
            H2PrintJobs.insert(c, now, uid, true, false, false, PrintJobState.CANCELLED, "paid at " + paidAt
                    + " while no print queue ran, too long ago to print by itself; reprint it if the customer asks");
            return 0;
        }
        return H2PrintJobs.insert(c, now, uid, true, false, false, PrintJobState.QUEUED, "");
    }

    private Optional<Long> cursor() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seq FROM print_cursor WHERE id = 1")) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private long newestPaid() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM paid_orders")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
