package till.bus;

import java.time.Duration;

/**
 * Runs a task after a delay: the push channel's timers (silence, pong, back-off). Production runs them on a named
 * thread; tests run them when they move time forward. Implementations are thread-safe.
 */
public interface Scheduler {

    /** A scheduled task that may still be called off. */
    interface Task {
        /** Calls the task off if it has not run; idempotent. */
        void cancel();
    }

    Task schedule(Duration delay, Runnable task);
}
