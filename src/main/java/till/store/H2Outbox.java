package till.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import till.outbox.Confirmation;
import till.outbox.Outbox;
import till.outbox.OutboxEntry;
import till.outbox.OutboxQueue;
import till.outbox.OutboxState;
import till.outbox.OutboxSummary;
import till.order.PaidOrder;

/**
 * The outbox in the H2 store: paid orders and their state on the way to the server. {@link #commitPaid} returns
 * once the order is in the fsynced {@link PaidJournal}; its H2 rows follow right behind (docs/decisions/0020, 0170).
 * The sending states are committed without an fsync: a state lost to a power cut leaves its order SENDING or waiting,
 * and an order found SENDING at start counts as of unknown outcome, so it is looked up before it is sent again
 * (docs/decisions/0060, 0160). {@link OutboxState#UNKNOWN} is kept as SENDING with {@code unknown_since} set
 * (migration V5). Over 250 lines: the queue's states are one table and belong together. Thread-safe.
 */
public final class H2Outbox implements Outbox, OutboxQueue {

    /** How many held-back refunds a claim looks past, so that they never starve the orders behind them. */
    private static final int HELD_BACK_WINDOW = 100;
    /** The longest last_error the column holds. */
    private static final int ERROR_LENGTH = 4000;

    private static final String ENTRY_COLUMNS = "p.uid, p.name, o.state, p.amount_text, p.paid_at, o.attempts,"
            + " o.last_error, o.unknown_since, o.server_id, o.confirmed_by FROM paid_orders p JOIN outbox o"
            + " ON o.uid = p.uid";
    /** An order of unknown outcome: its send may still be running at the server (migration V5). */
    private static final String UNKNOWN = "o.state = 'SENDING' AND o.unknown_since IS NOT NULL";

    private final Database database;
    private final PaidJournal journal;
    private final StoreJson json;
    private final Clock clock;

    H2Outbox(Database database, PaidJournal journal, StoreJson json, Clock clock) {
        this.database = database;
        this.journal = journal;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The journal's fsync is the durable point and the only wait: the H2 rows follow behind it
     * ({@link Database#writeBehind}), committed before any later read or write of the database sees it, and put back
     * from the journal at the next start should a kill come first (docs/decisions/0170). Under the database's lock,
     * so that a reader that starts during the payment (the sender, the icons) waits for it and sees it; synchronized
     * so that two payments of one uid cannot both pass the check.
     */
    @Override
    public synchronized void commitPaid(PaidOrder order) {
        String body = json.write(order);
        database.locked(() -> {
            if (database.read(c -> exists(c, order.uid()))) {
                throw new IllegalStateException("order " + order.uid() + " was already paid");
            }
            // Once this returns the payment survives a kill or a power cut; a failure leaves the journal as it was.
            journal.append(body);
            database.writeBehind(c -> {
                PaidOrderRows.insert(c, order, body, clock.instant());
                return null;
            });
            return null;
        });
    }

    @Override
    public List<OutboxEntry> list() {
        return database.read(c -> {
            List<OutboxEntry> result = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + ENTRY_COLUMNS + " ORDER BY p.seq")) {
                while (rs.next()) {
                    result.add(entry(rs));
                }
            }
            return result;
        });
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        Optional<Instant> unknownSince = Optional.ofNullable(instant(rs, 8));
        OutboxState state = OutboxState.valueOf(rs.getString(3));
        long serverId = rs.getLong(9);
        OptionalLong id = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(serverId);
        String by = rs.getString(10);
        return new OutboxEntry(rs.getString(1), rs.getString(2),
                state == OutboxState.SENDING && unknownSince.isPresent() ? OutboxState.UNKNOWN : state,
                new BigDecimal(rs.getString(4)), instant(rs, 5), rs.getInt(6), rs.getString(7), unknownSince, id,
                Optional.ofNullable(by).map(Confirmation::valueOf));
    }

    @Override
    public Optional<PaidOrder> find(String uid) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT body FROM paid_orders WHERE uid = ?")) {
                select.setString(1, uid);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(json.read(rs.getString(1), PaidOrder.class)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public OutboxSummary summary() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT"
                         + " COUNT(CASE WHEN o.state IN ('WAITING', 'SENDING') THEN 1 END),"
                         + " COUNT(CASE WHEN o.state = 'REJECTED' THEN 1 END),"
                         + " SUM(CASE WHEN o.state IN ('WAITING', 'SENDING') THEN p.amount_total END),"
                         + " MIN(CASE WHEN o.state IN ('WAITING', 'SENDING') THEN p.paid_at END),"
                         + " COUNT(CASE WHEN " + UNKNOWN + " THEN 1 END),"
                         + " MIN(CASE WHEN " + UNKNOWN + " THEN o.unknown_since END)"
                         + " FROM outbox o JOIN paid_orders p ON p.uid = o.uid"
                         // Through the (state, seq) index: the sent orders, which pile up for ever, are not read.
                         + " WHERE o.state IN ('WAITING', 'SENDING', 'REJECTED')")) {
                rs.next();
                BigDecimal amount = rs.getBigDecimal(3);
                return new OutboxSummary(rs.getInt(1), rs.getInt(2), amount == null ? BigDecimal.ZERO : amount,
                        Optional.ofNullable(instant(rs, 4)), lastUnsentError(c), rs.getInt(5),
                        Optional.ofNullable(instant(rs, 6)));
            }
        });
    }

    /**
     * Durable before the call goes out: a kill right after the server took it must leave the orders "sending", so the
     * next start looks them up instead of sending them again (a lazy write lost to a kill showed them waiting, and
     * a refund was sent twice in a CI run; the server de-duplicated it, but Till must not rely on that).
     */
    @Override
    public List<PaidOrder> claim(int max, Set<String> skip) {
        return database.write(c -> markSending(c, waiting(c, max, skip)));
    }

    @Override
    public List<PaidOrder> peek(int max, Set<String> skip) {
        return database.read(c -> waiting(c, max, skip));
    }

    @Override
    public List<PaidOrder> claim(List<PaidOrder> candidates) {
        return candidates.isEmpty() ? List.of() : database.write(c -> markSending(c, candidates));
    }

    /**
     * Up to {@code max} waiting orders, oldest paid first, without {@code skip} and without the refunds whose original
     * is not confirmed yet: a refund's lines link to its original's lines by their server ids, read when it is sent
     * (decision 0226). The held-back refunds are filtered here, from the parsed orders, not in the query: a condition
     * on another row in the query made H2 test every waiting order on each claim (bench drain 1.3 -> 1.5-2.0).
     */
    private List<PaidOrder> waiting(Connection c, int max, Set<String> skip) throws SQLException {
        List<String> uids = new ArrayList<>();
        // Ordered like the (state, seq) index, so H2 reads only the head of the waiting orders (migration V3).
        try (PreparedStatement select = c.prepareStatement("SELECT uid FROM outbox WHERE state = 'WAITING'"
                + " ORDER BY state, seq LIMIT ?")) {
            select.setInt(1, max + skip.size() + HELD_BACK_WINDOW);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (!skip.contains(rs.getString(1))) {
                        uids.add(rs.getString(1));
                    }
                }
            }
        }
        List<PaidOrder> orders = new ArrayList<>();
        for (int i = 0; i < uids.size() && orders.size() < max; i++) {
            PaidOrder order = bodies(c, List.of(uids.get(i))).get(0);
            if (!heldBack(c, order)) {
                orders.add(order);
            }
        }
        return orders;
    }

    /** A refund whose original is not {@code SENT}. */
    private static boolean heldBack(Connection c, PaidOrder order) throws SQLException {
        String original = PaidOrderRows.refundOf(order);
        if (original == null) {
            return false;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT state FROM outbox WHERE uid = ?")) {
            select.setString(1, original);
            try (ResultSet rs = select.executeQuery()) {
                return !rs.next() || !OutboxState.SENT.name().equals(rs.getString(1));
            }
        }
    }

    private List<PaidOrder> bodies(Connection c, List<String> uids) throws SQLException {
        List<PaidOrder> orders = new ArrayList<>();
        try (PreparedStatement body = c.prepareStatement("SELECT body FROM paid_orders WHERE uid = ?")) {
            for (String uid : uids) {
                body.setString(1, uid);
                try (ResultSet rs = body.executeQuery()) {
                    rs.next();
                    orders.add(json.read(rs.getString(1), PaidOrder.class));
                }
            }
        }
        return orders;
    }

    /** Marks those of {@code orders} that still wait SENDING with one more attempt; returns them, in order. */
    private List<PaidOrder> markSending(Connection c, List<PaidOrder> orders) throws SQLException {
        int[] changed;
        try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET state = 'SENDING',"
                + " attempts = attempts + 1, updated_at = ? WHERE uid = ? AND state = 'WAITING'")) {
            for (PaidOrder order : orders) {
                update.setObject(1, PaidOrderRows.utc(clock.instant()));
                update.setString(2, order.uid());
                update.addBatch();
            }
            changed = update.executeBatch();
        }
        List<PaidOrder> claimed = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            if (changed[i] == 1) {
                claimed.add(orders.get(i));
            }
        }
        return claimed;
    }

    @Override
    public void markSent(Collection<String> uids) {
        Map<String, Long> noIds = new java.util.LinkedHashMap<>();
        uids.forEach(uid -> noIds.put(uid, 0L));
        markSent(noIds, Confirmation.ANSWER);
    }

    @Override
    public void markSent(Map<String, Long> serverIds, Confirmation confirmedBy) {
        database.writeLazily(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET state = 'SENT', last_error = '',"
                    + " unknown_since = NULL, server_id = ?, confirmed_by = ?, updated_at = ?"
                    + " WHERE uid = ? AND state = 'SENDING'")) {
                OffsetDateTime now = PaidOrderRows.utc(clock.instant());
                for (Map.Entry<String, Long> order : serverIds.entrySet()) {
                    if (order.getValue() > 0) {
                        update.setLong(1, order.getValue());
                    } else {
                        update.setNull(1, java.sql.Types.BIGINT);
                    }
                    update.setString(2, confirmedBy.name());
                    update.setObject(3, now);
                    update.setString(4, order.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void markUnknown(Collection<String> uids, String error) {
        database.writeLazily(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET unknown_since = ?, last_error = ?,"
                    + " updated_at = ? WHERE uid = ? AND state = 'SENDING'")) {
                OffsetDateTime now = PaidOrderRows.utc(clock.instant());
                for (String uid : uids) {
                    update.setObject(1, now);
                    update.setString(2, clip(error));
                    update.setObject(3, now);
                    update.setString(4, uid);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<PaidOrder> unknownSettled(Instant settledBefore, int max) {
        return database.read(c -> {
            List<String> uids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT uid FROM outbox o WHERE " + UNKNOWN
                    + " AND o.unknown_since <= ? ORDER BY state, seq LIMIT ?")) {
                select.setObject(1, PaidOrderRows.utc(settledBefore));
                select.setInt(2, max);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        uids.add(rs.getString(1));
                    }
                }
            }
            return bodies(c, uids);
        });
    }

    @Override
    public void persist() {
        // write() commits and has H2 write its store to the file: a full disk fails here, not in the background.
        database.write(c -> null);
    }

    @Override
    public void markRejected(String uid, String message) {
        move(List.of(uid), OutboxState.SENDING, OutboxState.REJECTED, message);
    }

    @Override
    public void release(Collection<String> uids, String error) {
        move(uids, OutboxState.SENDING, OutboxState.WAITING, error);
    }

    @Override
    public int recoverInterrupted() {
        return database.write(c -> {
            // Since the claim (updated_at): the send may have gone out at once, and a till restarted minutes later
            // need not wait the whole settle time again.
            try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET unknown_since = updated_at,"
                    + " last_error = ? WHERE state = 'SENDING' AND unknown_since IS NULL")) {
                update.setString(1, "A send of this order was cut short (the till stopped or failed): the server may"
                        + " have it; the till checks before sending it again.");
                return update.executeUpdate();
            }
        });
    }

    @Override
    public int retryRejected(String uid) {
        return database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET state = 'WAITING', updated_at = ?"
                    + " WHERE state = 'REJECTED'" + (uid == null ? "" : " AND uid = ?"))) {
                update.setObject(1, PaidOrderRows.utc(clock.instant()));
                if (uid != null) {
                    update.setString(2, uid);
                }
                return update.executeUpdate();
            }
        });
    }

    private static String clip(String error) {
        return error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    }

    /** Moves orders between states; an order of unknown outcome (SENDING, unknown_since set) leaves that too. */
    private void move(Collection<String> uids, OutboxState from, OutboxState to, String error) {
        String text = clip(error);
        database.writeLazily(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET state = ?, last_error = ?,"
                    + " unknown_since = NULL, updated_at = ? WHERE uid = ? AND state = ?")) {
                OffsetDateTime now = PaidOrderRows.utc(clock.instant());
                for (String uid : uids) {
                    update.setString(1, to.name());
                    update.setString(2, text);
                    update.setObject(3, now);
                    update.setString(4, uid);
                    update.setString(5, from.name());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    private static String lastUnsentError(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_error FROM outbox WHERE state IN ('WAITING', 'SENDING')"
                     + " AND last_error <> '' ORDER BY updated_at DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static boolean exists(Connection c, String uid) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM paid_orders WHERE uid = ?")) {
            select.setString(1, uid);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
