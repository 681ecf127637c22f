package till.worker;

import java.time.Duration;

/**
 * Where a worker waits between rounds: a timed wait that another thread can cut short. The one time seam of the
 * workers besides {@link java.time.Clock}, so that tests advance time instead of waiting for it. Implementations are
 * thread-safe.
 */
public interface Sleeper {

    /**
     * Waits until {@code timeout} has passed or {@link #wake()} is called. A wake that came since the last wait
     * ended makes this return at once, so no wake is lost between a check and the wait.
     *
     * @return true when woken, false when the time passed
     */
    boolean await(Duration timeout) throws InterruptedException;

    /** Ends the current wait, or the next one if none is running. */
    void wake();

    /**
     * Forgets a wake that came before now, so that the next {@link #await} ends only by its time or a new wake: a
     * back-off after a failure is not cut short by a wake that arrived while the failed call was running.
     */
    void forgetWakes();
}
