package till.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations. Immutable. */
public final class Percentiles {

    private final long[] sortedNanos;

    public Percentiles(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds. */
    public double millis(double p) {
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1_000_000.0;
    }

    public int count() {
        return sortedNanos.length;
    }
}
