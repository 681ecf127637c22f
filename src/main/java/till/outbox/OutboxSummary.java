package till.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The money at risk: unsent paid orders at a glance, as the Wi-Fi icon shows it. Immutable.
 *
 * @param unsent        orders waiting or sending
 * @param rejected      orders the server refused
 * @param unsentAmount  their total
 * @param oldestUnsent  when the oldest unsent one was paid, if any
 * @param lastError     the most recent error on any unsent order, or empty
 */
public record OutboxSummary(int unsent, int rejected, BigDecimal unsentAmount, Optional<Instant> oldestUnsent,
                            String lastError) {

    public boolean allSent() {
        return unsent == 0 && rejected == 0;
    }
}
