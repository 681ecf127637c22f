package till.supervise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts crashes in a sliding time window, so that a till that crashes again at once is not restarted forever.
 * Confined to the supervising thread.
 */
final class CrashWindow {

    private final int maxRestarts;
    private final Duration window;
    private final Deque<Instant> crashes = new ArrayDeque<>();

    CrashWindow(int maxRestarts, Duration window) {
        this.maxRestarts = maxRestarts;
        this.window = window;
    }

    /**
     * Records a crash at {@code now}.
     *
     * @return true when another restart is allowed, false when more than the allowed restarts fell in the window
     */
    boolean recordAndAllow(Instant now) {
        Instant oldest = now.minus(window);
        while (!crashes.isEmpty() && !crashes.peekFirst().isAfter(oldest)) {
            crashes.removeFirst();
        }
        crashes.addLast(now);
        return crashes.size() <= maxRestarts;
    }

    int crashesInWindow() {
        return crashes.size();
    }
}
