package till.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import till.order.PaidOrder;

/**
 * What the store does with {@code paid.journal} at start: parses its records, puts back every paid order the database
 * lost (a kill before H2 wrote it, docs/decisions/0020), and tells which records the journal must keep (the orders the
 * server has not confirmed). Confined to the thread that opens the store.
 */
final class JournalRecovery {

    private final Database database;
    private final StoreJson json;
    private final Clock clock;

    JournalRecovery(Database database, StoreJson json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** A journal record and its order, parsed once at start for both the replay and the compaction. */
    record Journaled(String body, PaidOrder order) {
    }

    List<Journaled> parse(List<String> records) {
        return records.stream().map(body -> new Journaled(body, json.read(body, PaidOrder.class))).toList();
    }

    /** Puts back every journaled paid order the database lost; returns how many. Called once at start. */
    int replay(List<Journaled> records) {
        return database.write(c -> {
            Set<String> present = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT uid FROM paid_orders")) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
            int restored = 0;
            for (Journaled record : records) {
                if (present.add(record.order().uid())) {
                    PaidOrderRows.insert(c, record.order(), record.body(), clock.instant());
                    restored++;
                }
            }
            return restored;
        });
    }

    /**
     * The journal records whose orders the server has not confirmed: what the journal must keep. Runs a
     * {@code CHECKPOINT SYNC} first, so that the states it reads are on the disk, not only in H2's memory.
     */
    List<String> unconfirmed(List<Journaled> records) {
        Set<String> sent = database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
            Set<String> uids = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT uid FROM outbox WHERE state = 'SENT'")) {
                while (rs.next()) {
                    uids.add(rs.getString(1));
                }
            }
            return uids;
        });
        return records.stream().filter(r -> !sent.contains(r.order().uid())).map(Journaled::body).toList();
    }
}
