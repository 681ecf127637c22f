package till.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import till.order.PaidOrder;

/**
 * The outbox as the order sender works it: claim waiting orders, then record what the server said. Separate from
 * {@link Outbox} so that the selling side cannot change sending states. Implementations are thread-safe and block on
 * the disk: never call them on the JavaFX thread.
 */
public interface OutboxQueue {

    /**
     * In one transaction, takes up to {@code max} {@link OutboxState#WAITING} orders, oldest paid first, leaving out
     * {@code skip}, and marks them {@link OutboxState#SENDING} with one more attempt.
     */
    List<PaidOrder> claim(int max, Set<String> skip);

    /**
     * Reads up to {@code max} {@link OutboxState#WAITING} orders, oldest paid first, leaving out {@code skip}, without
     * changing them: a look-ahead, which the sender {@link #claim(List) claims} before it sends any of them.
     */
    List<PaidOrder> peek(int max, Set<String> skip);

    /**
     * In one transaction, marks those of {@code candidates} that are still {@link OutboxState#WAITING}
     * {@link OutboxState#SENDING} with one more attempt, and returns them in the given order (an order that changed
     * state since it was peeked is left out).
     */
    List<PaidOrder> claim(List<PaidOrder> candidates);

    /** Marks these {@link OutboxState#SENDING} orders {@link OutboxState#SENT} and clears their last error. */
    void markSent(Collection<String> uids);

    /**
     * Marks these {@link OutboxState#SENDING} or {@link OutboxState#UNKNOWN} orders {@link OutboxState#SENT}, keeps
     * the server's id of each (0 when none was given) and how the server confirmed them, and clears their last error.
     *
     * @param serverIds the server's id by uid
     */
    void markSent(Map<String, Long> serverIds, Confirmation confirmedBy);

    /**
     * Marks these {@link OutboxState#SENDING} orders {@link OutboxState#UNKNOWN} from now on, with the reason: their
     * send failed after its request may have reached the server.
     */
    void markUnknown(Collection<String> uids, String error);

    /**
     * Reads up to {@code max} {@link OutboxState#UNKNOWN} orders that became unknown at or before
     * {@code settledBefore}, oldest paid first, without changing them: the ones due for a lookup.
     */
    List<PaidOrder> unknownSettled(Instant settledBefore, int max);

    /** Marks a {@link OutboxState#SENDING} order {@link OutboxState#REJECTED} with the server's message. */
    void markRejected(String uid, String message);

    /**
     * Puts these {@link OutboxState#SENDING} or {@link OutboxState#UNKNOWN} orders back to
     * {@link OutboxState#WAITING} with the reason.
     */
    void release(Collection<String> uids, String error);

    /**
     * Marks every {@link OutboxState#SENDING} order {@link OutboxState#UNKNOWN}, since it was claimed: a send cut
     * short by a crash or an unexpected failure may have reached the server and may still be running there, and
     * Odoo's de-duplication does not stop a second call that comes before the first one commits.
     *
     * @return how many there were
     */
    int recoverInterrupted();

    /**
     * Puts a rejected order, or every rejected one when {@code uid} is null, back to {@link OutboxState#WAITING}.
     *
     * @return how many orders changed
     */
    int retryRejected(String uid);

    OutboxSummary summary();

    /**
     * Writes every state change made so far to the disk now (the sending states are otherwise written by the store
     * in the background), so that a full or failing disk shows here rather than after the till said "sent".
     *
     * @throws RuntimeException when the disk refuses the write; the message says which file and what to do
     */
    void persist();
}
