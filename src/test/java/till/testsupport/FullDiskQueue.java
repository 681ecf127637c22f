package till.testsupport;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import till.order.PaidOrder;
import till.outbox.Confirmation;
import till.outbox.OutboxQueue;
import till.outbox.OutboxSummary;
import till.store.StoreException;

/**
 * The store's real queue on a disk that can fill up: while {@link #fill() full}, every write that records what the
 * server said (sent, unknown, released, rejected, recovered, persisted) throws the {@link StoreException} H2 gives for
 * a full disk (the words of {@code StoreFailures}), and changes nothing; claims and reads still work, as they do on a
 * real full disk until H2 must write. Thread-safe.
 */
public final class FullDiskQueue implements OutboxQueue {

    private final OutboxQueue real;
    private final Path dataDir;
    private volatile boolean full;
    private volatile boolean fillAfterClaim;

    public FullDiskQueue(OutboxQueue real, Path dataDir) {
        this.real = real;
        this.dataDir = dataDir;
    }

    public void fill() {
        full = true;
    }

    public void free() {
        full = false;
    }

    /** The disk fills up right after the next claim: the orders it claimed go to the server, their marks do not. */
    public void fillAfterNextClaim() {
        fillAfterClaim = true;
    }

    private List<PaidOrder> claimed(List<PaidOrder> orders) {
        if (fillAfterClaim && !orders.isEmpty()) {
            fillAfterClaim = false;
            full = true;
        }
        return orders;
    }

    private void refuseWhenFull() {
        if (full) {
            throw new StoreException("The disk holding " + dataDir + " is full. Free some space; nothing was"
                    + " changed.");
        }
    }

    @Override
    public List<PaidOrder> claim(int max, Set<String> skip) {
        return claimed(real.claim(max, skip));
    }

    @Override
    public List<PaidOrder> peek(int max, Set<String> skip) {
        return real.peek(max, skip);
    }

    @Override
    public List<PaidOrder> claim(List<PaidOrder> candidates) {
        return claimed(real.claim(candidates));
    }

    @Override
    public void markSent(Collection<String> uids) {
        refuseWhenFull();
        real.markSent(uids);
    }

    @Override
    public void markSent(Map<String, Long> serverIds, Confirmation confirmedBy) {
        refuseWhenFull();
        real.markSent(serverIds, confirmedBy);
    }

    @Override
    public void markUnknown(Collection<String> uids, String error) {
        refuseWhenFull();
        real.markUnknown(uids, error);
    }

    @Override
    public List<PaidOrder> unknownSettled(Instant settledBefore, int max) {
        return real.unknownSettled(settledBefore, max);
    }

    @Override
    public void markRejected(String uid, String message) {
        refuseWhenFull();
        real.markRejected(uid, message);
    }

    @Override
    public void release(Collection<String> uids, String error) {
        refuseWhenFull();
        real.release(uids, error);
    }

    @Override
    public int recoverInterrupted() {
        refuseWhenFull();
        return real.recoverInterrupted();
    }

    @Override
    public int retryRejected(String uid) {
        refuseWhenFull();
        return real.retryRejected(uid);
    }

    @Override
    public OutboxSummary summary() {
        return real.summary();
    }

    @Override
    public void persist() {
        refuseWhenFull();
        real.persist();
    }
}
