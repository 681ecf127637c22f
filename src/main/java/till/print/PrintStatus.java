package till.print;

import java.time.Instant;
import java.util.Optional;
import till.worker.WorkerStatus;

/**
 * What the printer indicator shows: the printer's state and why, how many receipts wait, when the next try is, and
 * the print queue's worker (whose {@link WorkerStatus#internalError()} is shown when it failed). Immutable.
 *
 * @param cause   in words, what is wrong and what to do; empty when ready
 * @param waiting jobs queued or printing
 * @param nextTry when the queue tries the printer again after a failure
 */
public record PrintStatus(PrinterState printer, String cause, int waiting, Optional<Instant> nextTry,
                          WorkerStatus worker) {

    static PrintStatus initial(WorkerStatus worker) {
        return new PrintStatus(PrinterState.READY, "", 0, Optional.empty(), worker);
    }

    PrintStatus withWorker(WorkerStatus now) {
        return new PrintStatus(printer, cause, waiting, nextTry, now);
    }

    PrintStatus withWaiting(int now) {
        return new PrintStatus(printer, cause, now, nextTry, worker);
    }

    PrintStatus withPrinter(PrinterState state, String why, Optional<Instant> next) {
        return new PrintStatus(state, why, waiting, next, worker);
    }
}
