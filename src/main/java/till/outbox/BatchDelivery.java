package till.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;

/**
 * One round of sending: first looks up the orders whose last send had an unknown outcome once the server can no
 * longer be working on it (the settle time), then claims waiting orders batch by batch and settles each with the
 * server's answer. An order goes out again only after its send failed before the request left, or after a lookup
 * did not find it (docs/decisions/0160); an order the answer leaves out is looked up, not believed (0161). A batch the
 * server refuses is split in halves, recursively, until the refused order stands alone; it alone is marked rejected
 * (or, for a closed session, held) and the others are sent. After a send of unknown outcome the batches halve, and
 * grow back after each answer. Over 250 lines with a reason: every way an order's send can end is decided here, in
 * one place, so that no path resends an order the server may still be storing. Confined to the sender thread.
 */
final class BatchDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDelivery.class);

    /**
     * How a round ended.
     *
     * @param found        orders a lookup found on the server (counted in {@code sent})
     * @param stoppedBy    the failure that ended it early (the rest waits), if any
     * @param notice       the last refusal or hold of a single order, if any
     * @param held         how many orders were held (closed session) in this round
     * @param lookupFailed why the orders of unknown outcome due for a lookup could not be looked up, if so
     */
    record Round(int sent, int found, int rejected, int held, Optional<SendFailure> stoppedBy,
                 Optional<SendFailure> notice, Optional<SendFailure> lookupFailed) {
    }

    /** Told before and after each call to the server, to show "sending" on the icon. */
    interface Progress {
        void sending(boolean now);
    }

    private final OutboxQueue queue;
    private final OrderTransport transport;
    private final int maxBatch;
    private final Clock clock;
    private final Duration settle;
    private final Lookahead lookahead;
    private final Settling settling;

    private final Set<String> heldNow = new HashSet<>();
    private int batchSize;
    private boolean recoverFirst;
    private int sent;
    private int found;
    private int rejected;
    private SendFailure stoppedBy;
    private SendFailure notice;
    private SendFailure lookupFailed;

    /** @param settle how long after a send of unknown outcome its orders are looked up */
    BatchDelivery(OutboxQueue queue, OrderTransport transport, int maxBatch, Clock clock, Duration settle) {
        this.queue = queue;
        this.transport = transport;
        this.maxBatch = maxBatch;
        this.batchSize = maxBatch;
        this.clock = clock;
        this.settle = settle;
        this.lookahead = new Lookahead(queue);
        this.settling = new Settling(queue, transport);
    }

    /**
     * Looks up what has settled, then sends until nothing waits (apart from held orders), a failure stops the round,
     * or {@code running} is false.
     */
    Round round(BooleanSupplier running, Progress progress) {
        heldNow.clear();
        sent = 0;
        found = 0;
        rejected = 0;
        stoppedBy = null;
        notice = null;
        lookupFailed = null;
        try {
            if (recoverFirst) {
                recover();
            }
            lookUpSettled(running);
            sendWaiting(running, progress);
            settling.persist();
        } catch (Settling.NotSaved e) {
            recoverFirst = true;
            stoppedBy = new SendFailure(FailureKind.STORE_FAILED, "Till could not save the orders' state: "
                    + e.getMessage(), e.getCause());
        }
        return new Round(sent, found, rejected, heldNow.size(), Optional.ofNullable(stoppedBy),
                Optional.ofNullable(notice), Optional.ofNullable(lookupFailed));
    }

    /**
     * Has the next round first mark the orders left sending (by a crash, a stop, an unexpected failure or a state the
     * disk refused) as of unknown outcome.
     */
    void recoverAtNextRound() {
        recoverFirst = true;
    }

    private void recover() {
        int recovered = settling.recoverInterrupted();
        recoverFirst = false;
        if (recovered > 0) {
            LOG.info("{} orders were being sent when the last round ended without recording the server's answer; the"
                    + " server may have them, so they are looked up before any is sent again", recovered);
        }
    }

    /** Orders of unknown outcome whose settle time has passed: found ones are sent, the others wait again. */
    private void lookUpSettled(BooleanSupplier running) {
        Instant settledBefore = clock.instant().minus(settle);
        Set<String> seen = new HashSet<>();
        List<PaidOrder> due = queue.unknownSettled(settledBefore, maxBatch);
        while (!due.isEmpty() && running.getAsBoolean() && due.stream().anyMatch(o -> seen.add(o.uid()))) {
            Settling.Asked asked = settling.lookUp(due, "no answer to their send " + settle.toSeconds()
                    + " s or more ago");
            if (asked.failure().isPresent()) {
                lookupFailed = asked.failure().get();
                return;
            }
            found += due.size() - asked.absent().size();
            sent += due.size() - asked.absent().size();
            settling.release(asked.absent(), "Not on the server when the till looked, " + settle.toSeconds()
                    + " s or more after a send that had no answer: sent again.");
            due = queue.unknownSettled(settledBefore, maxBatch);
        }
    }

    private void sendWaiting(BooleanSupplier running, Progress progress) {
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
            } catch (RuntimeException e) {
                next.cancel(false);
                throw e;
            } finally {
                progress.sending(false);
            }
            if (!running.getAsBoolean() || stoppedBy != null) {
                next.cancel(false);
                break;
            }
            batch = claimNext(next);
        }
    }

    /**
     * Claims the looked-ahead orders that still wait and were not held meanwhile; when there are none, claims afresh
     * (orders paid or released since the look-ahead).
     */
    private List<PaidOrder> claimNext(Future<List<PaidOrder>> next) {
        List<PaidOrder> candidates = lookahead.result(next).stream().filter(o -> !heldNow.contains(o.uid()))
                .limit(batchSize).toList();
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
        SendResult result;
        try {
            result = transport.send(batch);
        } catch (SendFailure failure) {
            return failed(batch, failure);
        }
        batchSize = Math.min(maxBatch, batchSize * 2);
        return answered(batch, result);
    }

    /** The orders the answer names are sent; the ones it leaves out are looked up, not taken on its word. */
    private boolean answered(List<PaidOrder> batch, SendResult result) {
        List<PaidOrder> named = batch.stream().filter(result::storedNow).toList();
        settling.sent(named, result);
        sent += named.size();
        List<PaidOrder> missing = batch.stream().filter(o -> !result.storedNow(o)).toList();
        return missing.isEmpty() || lookUpLeftOut(missing, "left out of the server's answer");
    }

    /** Looks up orders of a call that has ended; the ones the server lacks go again (now, or after a back-off). */
    private boolean lookUpLeftOut(List<PaidOrder> orders, String occasion) {
        Settling.Asked asked = settling.lookUp(orders, occasion);
        if (asked.failure().isPresent()) {
            settling.unknown(orders, occasion + ", and the lookup failed: " + asked.failure().get().getMessage());
            stoppedBy = asked.failure().get();
            return false;
        }
        found += orders.size() - asked.absent().size();
        sent += orders.size() - asked.absent().size();
        if (asked.absent().isEmpty()) {
            return true;
        }
        SendFailure unaccounted = new SendFailure(FailureKind.RETRYABLE, "The server answered without "
                + asked.absent().size() + " of the orders and does not hold them (a proxy or a server module may have"
                + " changed the answer); they are sent again.");
        settling.release(asked.absent(), unaccounted.getMessage());
        stoppedBy = unaccounted;
        return false;
    }

    private boolean failed(List<PaidOrder> batch, SendFailure failure) {
        return switch (failure.kind()) {
            case REJECTED, SESSION_CLOSED -> split(batch, failure);
            case ALREADY_STORED -> alreadyStored(batch, failure);
            case OUTCOME_UNKNOWN -> {
                settling.unknown(batch, failure.getMessage());
                // A server too slow for this batch gets smaller ones, each with a deadline it can meet.
                batchSize = Math.max(1, batchSize / 2);
                stoppedBy = failure;
                yield false;
            }
            default -> {
                settling.release(batch, failure.getMessage());
                stoppedBy = failure;
                yield false;
            }
        };
    }

    /**
     * The server refused the batch because it already holds an order of it (a unique index on the reference): the
     * call was rolled back, so the orders a lookup finds are sent and the rest go again at once; when it finds none,
     * the batch is split to find the order the server really refuses.
     */
    private boolean alreadyStored(List<PaidOrder> batch, SendFailure failure) {
        Settling.Asked asked = settling.lookUp(batch, "refused as already stored");
        if (asked.failure().isPresent()) {
            settling.unknown(batch, "refused as already stored, and the lookup failed: "
                    + asked.failure().get().getMessage());
            stoppedBy = asked.failure().get();
            return false;
        }
        int there = batch.size() - asked.absent().size();
        found += there;
        sent += there;
        if (asked.absent().isEmpty()) {
            return true;
        }
        return there == 0 ? split(batch, failure) : deliver(asked.absent());
    }

    private boolean split(List<PaidOrder> batch, SendFailure failure) {
        if (batch.size() == 1) {
            settleAlone(batch.get(0), failure);
            return true;
        }
        int middle = batch.size() / 2;
        List<PaidOrder> second = batch.subList(middle, batch.size());
        if (!deliver(batch.subList(0, middle))) {
            settling.release(second, stoppedBy.getMessage());
            return false;
        }
        return deliver(second);
    }

    private void settleAlone(PaidOrder order, SendFailure failure) {
        if (failure.kind() == FailureKind.SESSION_CLOSED) {
            LOG.warn("{} is held: {}", order.name(), failure.getMessage());
            notice = failure;
            settling.release(List.of(order), failure.getMessage());
            heldNow.add(order.uid());
        } else {
            // Refused as already stored, yet a lookup does not find it: the server refuses this order after all.
            LOG.warn("the server refused {}: {}", order.name(), failure.getMessage());
            notice = failure.kind() == FailureKind.REJECTED ? failure
                    : new SendFailure(FailureKind.REJECTED, failure.getMessage(), failure);
            settling.rejected(order, failure.getMessage());
            rejected++;
        }
    }
}
