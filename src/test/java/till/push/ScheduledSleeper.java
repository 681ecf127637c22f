package till.push;

import java.time.Duration;
import till.worker.Scheduler;
import till.worker.Sleeper;

/**
 * A {@link Sleeper} whose timed waits end when the {@link ManualScheduler} runs the task due at their end, so a test
 * moves a worker's back-off forward the way it moves the push channel's timers. {@link #wake()} ends a wait at once.
 * Thread-safe.
 */
final class ScheduledSleeper implements Sleeper {

    private final Scheduler scheduler;
    private boolean pendingWake;
    private long waits;
    private long timedOut;

    ScheduledSleeper(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        long mine;
        Scheduler.Task timer;
        synchronized (this) {
            if (pendingWake) {
                pendingWake = false;
                return true;
            }
            mine = ++waits;
        }
        timer = scheduler.schedule(timeout, () -> timeUp(mine));
        try {
            synchronized (this) {
                while (!pendingWake && timedOut < mine) {
                    wait();
                }
                boolean woken = pendingWake;
                pendingWake = false;
                return woken;
            }
        } finally {
            timer.cancel();
        }
    }

    private synchronized void timeUp(long wait) {
        timedOut = Math.max(timedOut, wait);
        notifyAll();
    }

    @Override
    public synchronized void wake() {
        pendingWake = true;
        notifyAll();
    }

    @Override
    public synchronized void forgetWakes() {
        pendingWake = false;
    }
}
