package till.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a cash in or out is recorded: checked, kept in the till's store (on the disk before this returns), then the
 * sender is woken to send it. Blocks on the disk (never call it on the JavaFX thread). Thread-safe.
 */
public final class CashMoveBook {

    private static final Logger LOG = LoggerFactory.getLogger(CashMoveBook.class);
    /** Odoo keeps the reason in {@code payment_ref} (a char field); a long text helps nobody at closing. */
    public static final int MAX_REASON = 200;

    private final CashMoves moves;
    private final Clock clock;
    private final Runnable recorded;

    /** @param recorded called after each move is on the disk (the till: wakes the sender) */
    public CashMoveBook(CashMoves moves, Clock clock, Runnable recorded) {
        this.moves = moves;
        this.clock = clock;
        this.recorded = recorded;
    }

    /**
     * Records a cash move of the session.
     *
     * @throws IllegalArgumentException with words for the cashier when the amount is not positive or the reason blank
     */
    public CashMove record(long sessionId, CashMove.Direction direction, BigDecimal amount, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("The amount must be more than zero.");
        }
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why the money goes " + direction.word() + ": a reason is"
                    + " required.");
        }
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("The reason is too long (at most " + MAX_REASON + " characters).");
        }
        String ref = "cm-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        CashMove move = new CashMove(ref, sessionId, direction, amount, why, clock.instant(), CashMoveState.WAITING,
                "", clock.instant());
        moves.record(move);
        LOG.info("cash {} of {} recorded as {} for session {}", direction.word(), amount, ref, sessionId);
        recorded.run();
        return move;
    }
}
