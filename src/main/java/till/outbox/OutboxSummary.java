package till.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The money at risk: unsent paid orders at a glance, as the Wi-Fi icon shows it. Immutable.
 *
 * @param unsent        orders waiting, sending or with an unknown outcome: not confirmed by the server
 * @param rejected      orders the server refused
 * @param unsentAmount  their total
 * @param oldestUnsent  when the oldest unsent one was paid, if any
 * @param lastError     the most recent error on any unsent order, or empty
 * @param unknown       of the unsent orders, those whose last send had an unknown outcome
 *                      ({@link OutboxState#UNKNOWN}): the server may have them
 * @param unknownSince  the earliest moment one of those became unknown, if any: the sender looks it up once the
 *                      settle time has passed since then
 */
public record OutboxSummary(int unsent, int rejected, BigDecimal unsentAmount, Optional<Instant> oldestUnsent,
                            String lastError, int unknown, Optional<Instant> unknownSince) {

    /** A summary without orders of unknown outcome. */
    public OutboxSummary(int unsent, int rejected, BigDecimal unsentAmount, Optional<Instant> oldestUnsent,
                         String lastError) {
        this(unsent, rejected, unsentAmount, oldestUnsent, lastError, 0, Optional.empty());
    }

    public boolean allSent() {
        return unsent == 0 && rejected == 0;
    }
}
