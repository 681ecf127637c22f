package till.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Keeps every status it is told about and lets a test wait for one. Thread-safe. */
final class RecordingStatusListener implements StatusListener {

    private final List<ConnectionStatus> seen = new ArrayList<>();

    @Override
    public synchronized void statusChanged(ConnectionStatus status) {
        seen.add(status);
        notifyAll();
    }

    synchronized List<ConnectionState> states() {
        return seen.stream().map(ConnectionStatus::state).toList();
    }

    synchronized List<ConnectionStatus> all() {
        return List.copyOf(seen);
    }

    synchronized ConnectionStatus latest() {
        return seen.get(seen.size() - 1);
    }

    /** Waits (at most 10 s) until the latest status matches, and returns it. */
    synchronized ConnectionStatus await(Predicate<ConnectionStatus> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (seen.isEmpty() || !wanted.test(latest())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("gave up waiting for " + what + "; seen: " + seen);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return latest();
    }

    /**
     * Waits until some status seen so far matches (not only the latest): for a passing state that the next one may
     * replace before the waiting thread wakes.
     */
    synchronized ConnectionStatus awaitSeen(Predicate<ConnectionStatus> wanted, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (seen.stream().noneMatch(wanted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("gave up waiting for " + what + "; seen: " + seen);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return seen.stream().filter(wanted).findFirst().orElseThrow();
    }

    ConnectionStatus await(ConnectionState state) throws InterruptedException {
        return await(s -> s.state() == state, state.name());
    }

    ConnectionStatus await(ConnectionState state, BusCause.Kind kind) throws InterruptedException {
        return await(s -> s.state() == state && s.cause().kind() == kind, state + " (" + kind + ")");
    }
}
