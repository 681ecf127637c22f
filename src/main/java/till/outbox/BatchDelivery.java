package till.outbox;

import till.order.PaidOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of sending: claims waiting orders batch by batch and settles each with the server's answer. A batch the
 * server refuses is split in halves, recursively, until the refused order stands alone; it alone is marked rejected
 * (or, for a closed session, held) and the others are sent. Confined to the sender thread.
 */
final class BatchDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDelivery.class);

    /**
     * How a round ended.
     *
     * @param stoppedBy the failure that ended it early (the rest waits), if any
     * @param notice    the last refusal or hold of a single order, if any
     * @param held      how many orders were held (closed session) in this round
     */
    record Round(int sent, int alreadyStored, int rejected, int held, Optional<SendFailure> stoppedBy,
                 Optional<SendFailure> notice) {
    }

    /** Told before and after each call to the server, to show "sending" on the icon. */
    interface Progress {
        void sending(boolean now);
    }

    private final OutboxQueue queue;
    private final OrderTransport transport;
    private final int batchSize;
    private final Lookahead lookahead;

    private final Set<String> heldNow = new HashSet<>();
    private int sent;
    private int alreadyStored;
    private int rejected;
    private SendFailure stoppedBy;
    private SendFailure notice;

    BatchDelivery(OutboxQueue queue, OrderTransport transport, int batchSize) {
        this.queue = queue;
        this.transport = transport;
        this.batchSize = batchSize;
        this.lookahead = new Lookahead(queue);
    }

    /** Sends until nothing waits (apart from held orders), a failure stops the round, or {@code running} is false. */
    Round round(BooleanSupplier running, Progress progress) {
        heldNow.clear();
        sent = 0;
        alreadyStored = 0;
        rejected = 0;
        stoppedBy = null;
        notice = null;
        List<PaidOrder> batch = running.getAsBoolean() ? queue.claim(batchSize, heldNow) : List.of();
        while (!batch.isEmpty()) {
            // The next batch is read from the store while this one is at the server (claimed only once this one is
            // settled), so a long drain does not wait for the store between calls. A batch that was not full took
            // every waiting order: nothing to read ahead (the usual case of one order just paid).
            Future<List<PaidOrder>> next = batch.size() < batchSize ? CompletableFuture.completedFuture(List.of())
                    : lookahead.peek(batchSize, Set.copyOf(heldNow));
            progress.sending(true);
            try {
                deliver(batch);
            } finally {
                progress.sending(false);
            }
            if (!running.getAsBoolean() || stoppedBy != null) {
                next.cancel(false);
                break;
            }
            batch = claimNext(next);
        }
        return new Round(sent, alreadyStored, rejected, heldNow.size(), Optional.ofNullable(stoppedBy),
                Optional.ofNullable(notice));
    }

    /**
     * Claims the looked-ahead orders that still wait and were not held meanwhile; when there are none, claims afresh
     * (orders paid or released since the look-ahead).
     */
    private List<PaidOrder> claimNext(Future<List<PaidOrder>> next) {
        List<PaidOrder> candidates = lookahead.result(next).stream().filter(o -> !heldNow.contains(o.uid())).toList();
        List<PaidOrder> claimed = queue.claim(candidates);
        return claimed.isEmpty() ? queue.claim(batchSize, heldNow) : claimed;
    }

    /** Stops the look-ahead thread; call once the sender's thread is done with rounds. */
    @Override
    public void close() {
        lookahead.close();
    }

    /** Settles every order of a claimed batch; returns false when a failure stopped it (the rest was released). */
    private boolean deliver(List<PaidOrder> batch) {
        try {
            SendResult result = transport.send(batch);
            queue.markSent(uids(batch));
            int storedNow = (int) batch.stream().filter(result::storedNow).count();
            sent += batch.size();
            alreadyStored += batch.size() - storedNow;
            if (storedNow < batch.size()) {
                LOG.info("{} of {} orders were already on the server (an earlier send reached it)",
                        batch.size() - storedNow, batch.size());
            }
            return true;
        } catch (SendFailure failure) {
            return split(batch, failure);
        }
    }

    private boolean split(List<PaidOrder> batch, SendFailure failure) {
        boolean aboutTheOrders = failure.kind() == FailureKind.REJECTED
                || failure.kind() == FailureKind.SESSION_CLOSED;
        if (!aboutTheOrders) {
            queue.release(uids(batch), failure.getMessage());
            stoppedBy = failure;
            return false;
        }
        if (batch.size() == 1) {
            settleAlone(batch.get(0), failure);
            return true;
        }
        int middle = batch.size() / 2;
        List<PaidOrder> second = batch.subList(middle, batch.size());
        if (!deliver(batch.subList(0, middle))) {
            queue.release(uids(second), stoppedBy.getMessage());
            return false;
        }
        return deliver(second);
    }

    private void settleAlone(PaidOrder order, SendFailure failure) {
        notice = failure;
        if (failure.kind() == FailureKind.REJECTED) {
            LOG.warn("the server refused {}: {}", order.name(), failure.getMessage());
            queue.markRejected(order.uid(), failure.getMessage());
            rejected++;
        } else {
            LOG.warn("{} is held: {}", order.name(), failure.getMessage());
            queue.release(List.of(order.uid()), failure.getMessage());
            heldNow.add(order.uid());
        }
    }

    private static List<String> uids(List<PaidOrder> batch) {
        return batch.stream().map(PaidOrder::uid).toList();
    }
}
