package till.outbox;

/** Where the order sender's worker thread is in its life, as Guava's {@code Service.State}. Immutable. */
public enum SenderState {
    /** Made, not started. */
    NEW,
    /** The worker thread runs: it sends, or waits for work or for the next try. */
    RUNNING,
    /** {@code stop()} was called; the worker is finishing its current step. */
    STOPPING,
    /** The worker has ended after a stop. */
    TERMINATED,
    /** The worker ended on an error it could not survive; the status's last error says which. */
    FAILED
}
