package till.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Money put into or taken out of the cash drawer outside a sale (a float for change, a bank deposit), with the
 * cashier's reason. Recorded on the till first, then sent to the session on the server; its {@code ref} is sent with
 * the reason so that a send without an answer can be looked up instead of sent twice. Immutable.
 *
 * @param ref       the move's own unique reference, e.g. {@code cm-3f2a9c1e0b7d}
 * @param amount    positive; the direction says which way it went
 * @param updatedAt when its state last changed (a lookup waits for the server to settle after that)
 * @param lastError the server's or the network's last word on it, or empty
 */
public record CashMove(String ref, long sessionId, Direction direction, BigDecimal amount, String reason,
                       Instant at, CashMoveState state, String lastError, Instant updatedAt) {

    /** Into the drawer, or out of it. */
    public enum Direction {
        IN, OUT;

        /** {@code in} or {@code out}: Odoo's {@code type} and the command line's word. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CashMove {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(direction, "direction");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a cash move's amount is positive: " + amount);
        }
        reason = reason == null ? "" : reason;
        lastError = lastError == null ? "" : lastError;
    }

    /** The drawer's change: positive in, negative out. */
    public BigDecimal signedAmount() {
        return direction == Direction.IN ? amount : amount.negate();
    }

    /** Whether the server confirmed it: only then may the session close without a manager. */
    public boolean confirmed() {
        return state == CashMoveState.SENT;
    }

    /** The reason as sent to the server: the cashier's words and the move's reference, to find it again. */
    public String reasonWithRef() {
        return reason + " [" + ref + "]";
    }

    public CashMove withState(CashMoveState newState, String error, Instant when) {
        return new CashMove(ref, sessionId, direction, amount, reason, at, newState, error, when);
    }
}
