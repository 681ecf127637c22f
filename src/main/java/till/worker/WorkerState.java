package till.worker;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a {@link Worker} is in its lifecycle, and the only moves between states (in the spirit of Guava's
 * {@code Service}). Unlike Guava's, {@link #FAILED} is not the end: a worker that failed is started again after a
 * back-off, until it is stopped. Immutable.
 */
public enum WorkerState {
    /** Built, not started. */
    NEW,
    /** Its thread runs the job's start-up (for the first time, or again after a failure). */
    STARTING,
    /** Its thread runs the job's rounds. */
    RUNNING,
    /** Asked to stop: the call in flight is cancelled, the wait woken; the thread is ending. */
    STOPPING,
    /** Stopped for good; its thread has ended. */
    TERMINATED,
    /** The job threw something it did not expect; the worker waits out a back-off, then starts again. */
    FAILED;

    /** Whether this state may become {@code next}. */
    public boolean canMoveTo(WorkerState next) {
        return legalTargets().contains(next);
    }

    public Set<WorkerState> legalTargets() {
        return switch (this) {
            case NEW -> EnumSet.of(STARTING, TERMINATED);
            case STARTING -> EnumSet.of(RUNNING, STOPPING, FAILED);
            case RUNNING -> EnumSet.of(STOPPING, FAILED);
            case STOPPING -> EnumSet.of(TERMINATED);
            case TERMINATED -> EnumSet.noneOf(WorkerState.class);
            case FAILED -> EnumSet.of(STARTING, STOPPING);
        };
    }

    /** Whether the worker has not yet been asked to stop. */
    public boolean live() {
        return this == STARTING || this == RUNNING || this == FAILED;
    }
}
