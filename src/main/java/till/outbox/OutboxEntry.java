package till.outbox;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One paid order's row in the outbox, as listed to people and scripts. Immutable.
 *
 * @param lastError the server's or the network's last word on it, in plain text, or empty
 */
public record OutboxEntry(String uid, String name, OutboxState state, BigDecimal amountTotal, Instant paidAt,
                          int attempts, String lastError) {
}
