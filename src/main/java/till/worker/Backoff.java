package till.worker;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The one back-off of Till: capped exponential with jitter. The n-th failure in a row waits a random point between
 * half and all of {@code min(cap, base * 2^(n-1))}, so that many tills coming back after an outage do not all call
 * at the same moment (decision 0071). Reset on success. Confined to the thread that uses it.
 */
public final class Backoff {

    /** The push channel's reconnects start at half a second... */
    public static final Duration RECONNECT_BASE = Duration.ofMillis(500);
    /**
     * ...and double up to 2 s: after a long outage each till tries every 1-2 s, so it is back about 1 s after the
     * server returns (a cap of 4 s measured 2.85 s median in {@code till bench reconnect}), and a hundred tills still
     * spread over a whole second.
     */
    public static final Duration RECONNECT_CAP = Duration.ofSeconds(2);

    /** Sending orders, and starting a failed worker again: one second, doubling, never more than a minute. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> ThreadLocalRandom.current()
                .nextDouble());
    }

    /** The push channel's reconnects: {@link #RECONNECT_BASE} doubling up to {@link #RECONNECT_CAP}. */
    public static Backoff reconnecting() {
        return new Backoff(RECONNECT_BASE, RECONNECT_CAP, () -> ThreadLocalRandom.current().nextDouble());
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
