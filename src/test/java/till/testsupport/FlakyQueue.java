package till.testsupport;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import till.order.PaidOrder;
import till.outbox.Confirmation;
import till.outbox.OutboxQueue;
import till.outbox.OutboxSummary;

/**
 * The store's real queue, except that its next claim of waiting orders throws the given exception, once: a broken
 * outbox row, a bug. Thread-safe.
 */
public final class FlakyQueue implements OutboxQueue {

    private final OutboxQueue real;
    private final AtomicReference<RuntimeException> nextClaim;

    public FlakyQueue(OutboxQueue real, RuntimeException failure) {
        this.real = real;
        this.nextClaim = new AtomicReference<>(failure);
    }

    @Override
    public List<PaidOrder> claim(int max, Set<String> skip) {
        RuntimeException failure = nextClaim.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        return real.claim(max, skip);
    }

    @Override
    public List<PaidOrder> peek(int max, Set<String> skip) {
        return real.peek(max, skip);
    }

    @Override
    public List<PaidOrder> claim(List<PaidOrder> candidates) {
        return real.claim(candidates);
    }

    @Override
    public void markSent(Collection<String> uids) {
        real.markSent(uids);
    }

    @Override
    public void markSent(Map<String, Long> serverIds, Confirmation confirmedBy) {
        real.markSent(serverIds, confirmedBy);
    }

    @Override
    public void markUnknown(Collection<String> uids, String error) {
        real.markUnknown(uids, error);
    }

    @Override
    public List<PaidOrder> unknownSettled(Instant settledBefore, int max) {
        return real.unknownSettled(settledBefore, max);
    }

    @Override
    public void persist() {
        real.persist();
    }

    @Override
    public void markRejected(String uid, String message) {
        real.markRejected(uid, message);
    }

    @Override
    public void release(Collection<String> uids, String error) {
        real.release(uids, error);
    }

    @Override
    public int recoverInterrupted() {
        return real.recoverInterrupted();
    }

    @Override
    public int retryRejected(String uid) {
        return real.retryRejected(uid);
    }

    @Override
    public OutboxSummary summary() {
        return real.summary();
    }
}
