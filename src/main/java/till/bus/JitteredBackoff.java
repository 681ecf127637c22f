package till.bus;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter: the n-th wait is a random point in the upper half of {@code min(cap, base * 2^n)},
 * so a hundred tills that lost the server at the same second come back spread over the interval instead of together
 * (decision 0071). Confined to the poller thread.
 */
public final class JitteredBackoff implements Backoff {

    /**
     * 0.5 s, doubling up to 2 s: after a long outage each till tries every 1-2 s, so it is back about 1 s after the
     * server returns (a cap of 4 s measured 2.85 s median in {@code till bench reconnect}), and a hundred tills still
     * spread over a whole second.
     */
    public static final Duration BASE = Duration.ofMillis(500);
    public static final Duration CAP = Duration.ofSeconds(2);

    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;
    private int failures;

    /** @param random uniform numbers in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble} */
    public JitteredBackoff(Duration base, Duration cap, DoubleSupplier random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public static JitteredBackoff standard() {
        return new JitteredBackoff(BASE, CAP, () -> ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public Duration next() {
        long step = base.toMillis() << Math.min(failures, 20);
        long ceiling = Math.min(cap.toMillis(), step);
        failures++;
        return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2)));
    }

    @Override
    public void reset() {
        failures = 0;
    }
}
