package till.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential back-off with jitter: the n-th failure in a row waits between half and all of
 * {@code min(cap, base * 2^(n-1))}, so that many tills coming back after an outage do not all call at the same
 * moment. Reset on success. Confined to the thread that uses it.
 */
public final class Backoff {

    /** One second, doubling, never more than a minute. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> ThreadLocalRandom.current()
                .nextDouble());
    }

    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;
    private int failures;

    /** @param random numbers in [0, 1) */
    public Backoff(Duration base, Duration cap, DoubleSupplier random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got " + base + " and " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** Counts one more failure and returns how long to wait before the next try. */
    public Duration next() {
        failures++;
        Duration ceiling = ceiling(failures);
        long half = ceiling.toMillis() / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling.toMillis() - half)));
    }

    /** Forgets the failures: the next one waits the base again. */
    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }

    private Duration ceiling(int n) {
        // Past 2^20 the cap has long been reached; stop shifting before the long overflows.
        int shift = Math.min(n - 1, 20);
        Duration grown = base.multipliedBy(1L << shift);
        return grown.compareTo(cap) > 0 ? cap : grown;
    }
}
