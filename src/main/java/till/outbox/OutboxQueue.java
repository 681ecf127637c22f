package till.outbox;

import till.order.PaidOrder;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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

    /** Marks a {@link OutboxState#SENDING} order {@link OutboxState#REJECTED} with the server's message. */
    void markRejected(String uid, String message);

    /** Puts these {@link OutboxState#SENDING} orders back to {@link OutboxState#WAITING} with the reason. */
    void release(Collection<String> uids, String error);

    /**
     * Puts every {@link OutboxState#SENDING} order back to {@link OutboxState#WAITING}: a send cut short by a crash
     * may or may not have reached the server, and the resend is safe because the server de-duplicates by name.
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
}
