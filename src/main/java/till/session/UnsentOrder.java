package till.session;

import java.math.BigDecimal;
import till.outbox.OutboxState;

/**
 * A paid order of the session that the server has not confirmed yet: the reason a close is refused. Immutable.
 *
 * @param lastError the server's or the network's last word on it, or empty
 */
public record UnsentOrder(String uid, String name, OutboxState state, BigDecimal amount, String lastError) {
}
