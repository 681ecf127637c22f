package till.sell;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Recognises a barcode scanner that acts as a keyboard: digits typed in quick succession, then Enter. A digit that
 * comes after a longer pause starts a new code, so a stray key pressed minutes ago never spoils a scan. Not
 * thread-safe; FX thread only.
 */
public final class BarcodeBuffer {

    /** Shorter input is a stray key press; in-store codes (weighed goods, shelf labels) can be short, so not 8. */
    static final int MIN_LENGTH = 3;

    private final LongSupplier nanoTime;
    private final long maxGapNanos;
    private final StringBuilder digits = new StringBuilder();
    private long lastKeyNanos;

    /**
     * @param nanoTime a monotonic clock, {@code System::nanoTime} in production
     * @param maxGap   the longest pause between two keys of one scan
     */
    public BarcodeBuffer(LongSupplier nanoTime, Duration maxGap) {
        this.nanoTime = nanoTime;
        this.maxGapNanos = maxGap.toNanos();
    }

    /** Takes a typed character; returns whether it was a digit and so belongs to a code. */
    public boolean typed(char c) {
        if (c < '0' || c > '9') {
            digits.setLength(0);
            return false;
        }
        long now = nanoTime.getAsLong();
        if (digits.length() > 0 && now - lastKeyNanos > maxGapNanos) {
            digits.setLength(0);
        }
        digits.append(c);
        lastKeyNanos = now;
        return true;
    }

    /** Enter was pressed: the scanned code, if digits came quickly enough just before. Clears the buffer. */
    public Optional<String> enter() {
        boolean fresh = nanoTime.getAsLong() - lastKeyNanos <= maxGapNanos;
        String code = digits.toString();
        digits.setLength(0);
        return fresh && code.length() >= MIN_LENGTH ? Optional.of(code) : Optional.empty();
    }

    /** Takes the digits typed so far without an Enter (a person typing, not a scan), clearing the buffer. */
    public String takePending() {
        String pending = digits.toString();
        digits.setLength(0);
        return pending;
    }

    /** Whether digits are waiting for an Enter. */
    public boolean collecting() {
        return digits.length() > 0;
    }
}
