package till.session;

import java.math.BigDecimal;
import till.outbox.OutboxState;

/**
 * A paid order of the session that the server has not confirmed yet: the reason a close is refused. Immutable.
 *
 * @param lastError the server's or the network's last word on it, or empty
 */
public record UnsentOrder(String uid, String name, OutboxState state, BigDecimal amount, String lastError) {

    /**
     * A cash move the server has not confirmed, in the closing screen's list of what blocks the close: its reference
     * as the uid, "cash in/out: reason" as the name, its signed amount.
     */
    public static UnsentOrder cashMove(CashMove move) {
        return new UnsentOrder(move.ref(), "cash " + move.direction().word() + ": " + move.reason(),
                OutboxState.valueOf(move.state().name()), move.signedAmount(), move.lastError());
    }
}
