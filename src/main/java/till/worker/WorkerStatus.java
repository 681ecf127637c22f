package till.worker;

import java.time.Instant;
import java.util.Optional;

/**
 * A worker's state as its listeners see it. Immutable.
 *
 * @param worker   the worker's name (its thread's name)
 * @param state    where it is in its lifecycle
 * @param since    when it entered that state
 * @param failure  for {@link WorkerState#FAILED}: the unexpected failure in words (exception type and message)
 * @param restarts how many times it was started again after a failure
 */
public record WorkerStatus(String worker, WorkerState state, Instant since, Optional<String> failure, int restarts) {

    static WorkerStatus initial(String worker, Instant now) {
        return new WorkerStatus(worker, WorkerState.NEW, now, Optional.empty(), 0);
    }

    /** For a failed worker, the words a cashier's panel shows: {@code internal error: <cause>}. */
    public Optional<String> internalError() {
        return state == WorkerState.FAILED ? failure.map(f -> "internal error: " + f) : Optional.empty();
    }

    /** The failure of {@code t} in words: its type and message, never a stack. */
    public static String words(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
