package till.worker;

import java.time.Duration;

/**
 * How long a {@link Worker} waits after a round of its job before the next. Immutable.
 *
 * @param length   the wait; zero runs the next round at once
 * @param backOff  whether this is a back-off after a failure: a wake that came while the failed round ran does not
 *                 end it (only one that comes during the wait does), so a second try never races the first
 */
public record Pause(Duration length, boolean backOff) {

    /** Runs the next round at once. */
    public static final Pause NONE = new Pause(Duration.ZERO, false);

    /** Waits {@code length}, or less when woken, also by a wake that came during the round. */
    public static Pause idle(Duration length) {
        return new Pause(length, false);
    }

    /** Waits {@code length} after a failure, or less when woken during the wait itself. */
    public static Pause backOff(Duration length) {
        return new Pause(length, true);
    }
}
