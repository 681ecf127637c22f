package till.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One paid order's row in the outbox, as listed to people and scripts. Immutable.
 *
 * @param lastError    the server's or the network's last word on it, in plain text, or empty
 * @param unknownSince for {@link OutboxState#UNKNOWN}: since when the outcome of its last send is unknown
 * @param serverId     once sent: the server's {@code pos.order} id, when the answer or the lookup gave it
 * @param confirmedBy  once sent: whether the server's answer or a lookup confirmed it
 */
public record OutboxEntry(String uid, String name, OutboxState state, BigDecimal amountTotal, Instant paidAt,
                          int attempts, String lastError, Optional<Instant> unknownSince, OptionalLong serverId,
                          Optional<Confirmation> confirmedBy) {

    /** An entry with nothing known about the server's side (not sent yet, or sent before the server's id was kept). */
    public OutboxEntry(String uid, String name, OutboxState state, BigDecimal amountTotal, Instant paidAt,
                       int attempts, String lastError) {
        this(uid, name, state, amountTotal, paidAt, attempts, lastError, Optional.empty(), OptionalLong.empty(),
                Optional.empty());
    }

    /** Whether a lookup, not the answer to its send, found it on the server. */
    public boolean foundByLookup() {
        return confirmedBy.equals(Optional.of(Confirmation.LOOKUP));
    }
}
