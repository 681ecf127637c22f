package till.worker;

import java.time.Duration;

/**
 * Runs a task after a delay: the workers' timers (the push channel's silence and pong timers). Production runs them
 * on a named thread ({@link ExecutorScheduler}); tests run them when they move time forward. Implementations are
 * thread-safe.
 */
public interface Scheduler {

    /** A scheduled task that may still be called off. */
    interface Task {
        /** Calls the task off if it has not run; idempotent. */
        void cancel();
    }

    Task schedule(Duration delay, Runnable task);
}
