package till.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import till.worker.WorkerState;
import till.worker.WorkerStatus;

/**
 * What the Wi-Fi icon and the outbox panel show: the money at risk, how sending goes, and where the sender's worker
 * is in its lifecycle (as its {@link till.worker.Worker} says). Published by {@link OrderSender} after every change.
 * Immutable.
 *
 * @param state         the worker's lifecycle state
 * @param internalError for {@link WorkerState#FAILED}: {@code internal error: <cause>}; empty in every other state
 * @param unsent        orders paid and not yet confirmed by the server (waiting, being sent, or of unknown outcome)
 * @param rejected      orders the server refused; they wait for a person
 * @param unsentAmount  the total of the unsent orders
 * @param oldestUnsent  when the oldest unsent order was paid
 * @param sending       a call to the server is in flight right now
 * @param lastError     the last failure in plain words (advice first, then the detail); empty after a clean round
 * @param lastFailure   the kind of that failure
 * @param nextRetry     when the sender tries again by itself, if it is waiting after a failure or for a lookup
 * @param unknown       of the unsent orders, those whose last send had an unknown outcome: the till checks whether
 *                      the server got them before it sends any of them again
 * @param unknownSince  since when the oldest of those is unknown
 */
public record SenderStatus(WorkerState state, Optional<String> internalError, int unsent, int rejected,
                           BigDecimal unsentAmount, Optional<Instant> oldestUnsent, boolean sending, String lastError,
                           Optional<FailureKind> lastFailure, Optional<Instant> nextRetry, int unknown,
                           Optional<Instant> unknownSince) {

    /** A status without orders of unknown outcome. */
    public SenderStatus(WorkerState state, Optional<String> internalError, int unsent, int rejected,
                        BigDecimal unsentAmount, Optional<Instant> oldestUnsent, boolean sending, String lastError,
                        Optional<FailureKind> lastFailure, Optional<Instant> nextRetry) {
        this(state, internalError, unsent, rejected, unsentAmount, oldestUnsent, sending, lastError, lastFailure,
                nextRetry, 0, Optional.empty());
    }

    /** Before the first look at the outbox. */
    public static SenderStatus initial() {
        return new SenderStatus(WorkerState.NEW, Optional.empty(), 0, 0, BigDecimal.ZERO, Optional.empty(), false, "",
                Optional.empty(), Optional.empty());
    }

    /** Green: no order waits, none is of unknown outcome and none was refused. */
    public boolean allSent() {
        return unsent == 0 && rejected == 0;
    }

    /**
     * The worker's new state. Out of {@link WorkerState#RUNNING} no call is in flight and no retry is planned (a
     * failed worker starts again after its own back-off).
     */
    SenderStatus withWorker(WorkerStatus worker) {
        return withState(worker.state(), worker.internalError());
    }

    SenderStatus withState(WorkerState newState, Optional<String> error) {
        boolean running = newState == WorkerState.RUNNING;
        return new SenderStatus(newState, error, unsent, rejected, unsentAmount, oldestUnsent, running && sending,
                lastError, lastFailure, running ? nextRetry : Optional.empty(), unknown, unknownSince);
    }

    SenderStatus withSummary(OutboxSummary summary) {
        return new SenderStatus(state, internalError, summary.unsent(), summary.rejected(), summary.unsentAmount(),
                summary.oldestUnsent(), sending, lastError, lastFailure, nextRetry, summary.unknown(),
                summary.unknownSince());
    }

    SenderStatus withSending(boolean nowSending) {
        return new SenderStatus(state, internalError, unsent, rejected, unsentAmount, oldestUnsent, nowSending,
                lastError, lastFailure, nextRetry, unknown, unknownSince);
    }

    SenderStatus withFailure(Optional<FailureKind> kind, String error, Optional<Instant> retryAt) {
        return new SenderStatus(state, internalError, unsent, rejected, unsentAmount, oldestUnsent, sending, error,
                kind, retryAt, unknown, unknownSince);
    }
}
