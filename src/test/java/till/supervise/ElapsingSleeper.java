package till.supervise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import till.worker.Sleeper;
import till.testsupport.MutableClock;

/** A sleeper that never blocks: each wait moves the clock by its timeout and is recorded. Thread-safe. */
final class ElapsingSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> waits = new ArrayList<>();
    private Duration extra = Duration.ZERO;

    ElapsingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    /** Each wait also lets this much more time pass, as if the till had run that long before crashing. */
    synchronized ElapsingSleeper plusRunTime(Duration runTime) {
        this.extra = runTime;
        return this;
    }

    @Override
    public synchronized boolean await(Duration timeout) {
        waits.add(timeout);
        clock.advance(timeout.plus(extra));
        return false;
    }

    @Override
    public void wake() {
        // Nothing waits for real.
    }

    @Override
    public void forgetWakes() {
        // No wake is ever pending.
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
