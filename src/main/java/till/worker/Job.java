package till.worker;

/**
 * What a {@link Worker} runs: an optional start-up, then rounds until the worker stops. A job handles the failures
 * it expects (a server that is down is a pause, not an exception); anything it throws is unexpected: the worker logs
 * it, shows it, and starts the job again after a back-off. {@link #startUp}, {@link #round} and {@link #shutDown} run
 * on the worker's thread; {@link #cancel} comes from the thread that stops the worker.
 */
public interface Job {

    /** Runs before the first round, and again after a failure. */
    default void startUp() throws Exception {
    }

    /** One round of work; returns how long to wait before the next. */
    Pause round() throws Exception;

    /** Cuts the round in flight short (cancels its network call), so that a stop is prompt. Idempotent. */
    default void cancel() {
    }

    /** Runs once when the worker has stopped. */
    default void shutDown() throws Exception {
    }
}
