package till.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import till.session.CashMove;
import till.session.CashMoveState;
import till.session.CashMoves;

/**
 * The cash moves in the H2 store (migration V7). Every write goes to the file before it returns, because a cash move
 * is money and its sending state decides whether it may be sent again. Thread-safe.
 */
public final class H2CashMoves implements CashMoves {

    private static final String COLUMNS = "ref, session_id, direction, amount, reason, created_at, state, last_error,"
            + " updated_at";

    private final Database database;
    private final Clock clock;

    H2CashMoves(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void record(CashMove move) {
        database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO cash_moves (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, move.ref());
                insert.setLong(2, move.sessionId());
                insert.setString(3, move.direction().name());
                insert.setBigDecimal(4, move.amount());
                insert.setString(5, move.reason());
                insert.setObject(6, move.at().atOffset(ZoneOffset.UTC));
                insert.setString(7, move.state().name());
                insert.setString(8, move.lastError());
                insert.setObject(9, move.updatedAt().atOffset(ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<CashMove> of(long sessionId) {
        return database.read(c -> select(c, "session_id = ?", sessionId));
    }

    @Override
    public List<CashMove> open() {
        return database.read(c -> select(c, "state IN ('WAITING', 'SENDING', 'UNKNOWN')", null));
    }

    @Override
    public void mark(String ref, CashMoveState state, String lastError) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE cash_moves SET state = ?, last_error = ?,"
                    + " updated_at = ? WHERE ref = ?")) {
                update.setString(1, state.name());
                update.setString(2, lastError == null ? "" : truncate(lastError));
                update.setObject(3, OffsetDateTime.now(clock));
                update.setString(4, ref);
                return update.executeUpdate();
            }
        });
    }

    /** @param sessionId the value of the one parameter of {@code where}, or null when it has none */
    private static List<CashMove> select(Connection c, String where, Long sessionId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM cash_moves WHERE " + where
                + " ORDER BY seq")) {
            if (sessionId != null) {
                select.setLong(1, sessionId);
            }
            List<CashMove> moves = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    moves.add(new CashMove(rs.getString(1), rs.getLong(2), CashMove.Direction.valueOf(rs.getString(3)),
                            rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                            CashMoveState.valueOf(rs.getString(7)), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant()));
                }
            }
            return moves;
        }
    }

    private static String truncate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }
}
