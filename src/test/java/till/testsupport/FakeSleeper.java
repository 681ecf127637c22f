package till.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import till.worker.Sleeper;

/**
 * A sleeper whose waits end only when the test says so: {@link #elapse()} lets the requested time pass on the
 * {@link MutableClock}, {@link #wake()} ends the wait as the sender's wake-ups do. Thread-safe.
 */
public final class FakeSleeper implements Sleeper {

    private static final long BOUND_MS = 10_000;

    private final MutableClock clock;
    private final List<Duration> waits = new ArrayList<>();
    private boolean sleeping;
    private boolean pendingWake;
    private boolean elapse;
    private int observed;
    private int ended;

    public FakeSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean await(Duration timeout) throws InterruptedException {
        waits.add(timeout);
        sleeping = true;
        notifyAll();
        try {
            while (!pendingWake && !elapse) {
                wait();
            }
            if (pendingWake) {
                pendingWake = false;
                return true;
            }
            clock.advance(timeout);
            return false;
        } finally {
            elapse = false;
            sleeping = false;
            ended++;
            notifyAll();
        }
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

    /** Waits (bounded) for the worker's next wait (one the test has not seen yet) and returns its timeout. */
    public synchronized Duration nextSleep() throws InterruptedException {
        awaitCondition(() -> sleeping && waits.size() > observed, "go to sleep");
        observed = waits.size();
        return waits.get(observed - 1);
    }

    /** Lets the current wait run out (the clock moves by its timeout) and waits until the worker is up again. */
    public synchronized void elapse() throws InterruptedException {
        awaitCondition(() -> sleeping, "go to sleep");
        observed = waits.size();
        int target = ended + 1;
        elapse = true;
        notifyAll();
        // Counted, not "not sleeping": the worker may already sleep again before this thread looks.
        awaitCondition(() -> ended >= target, "wake up");
    }

    private void awaitCondition(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long end = System.currentTimeMillis() + BOUND_MS;
        while (!condition.getAsBoolean()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("the sender did not " + what + " within " + BOUND_MS + " ms");
            }
            wait(left);
        }
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
