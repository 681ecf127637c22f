package till.push;

import till.worker.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import till.testsupport.MutableClock;

/** A {@link Scheduler} whose tasks run on the test's thread when the test moves its clock. Thread-safe. */
final class ManualScheduler implements Scheduler {

    private record Entry(Instant due, long order, Runnable task) {
    }

    private final MutableClock clock;
    private final List<Entry> tasks = new ArrayList<>();
    private long counter;

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Task schedule(Duration delay, Runnable task) {
        Entry entry = new Entry(clock.instant().plus(delay), counter++, task);
        tasks.add(entry);
        notifyAll();
        return () -> {
            synchronized (this) {
                tasks.remove(entry);
            }
        };
    }

    /** Runs every task due now, in due order, on this thread. */
    void runDue() {
        for (Optional<Entry> next = takeDue(); next.isPresent(); next = takeDue()) {
            next.get().task().run();
        }
    }

    /** Moves the clock and runs what became due. */
    void advance(Duration duration) {
        clock.advance(duration);
        runDue();
    }

    /** Waits (at most 10 s) until some task is due within {@code window}, then moves the clock by it. */
    void advanceWhenScheduled(Duration window) throws InterruptedException {
        synchronized (this) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            Instant limit = clock.instant().plus(window);
            while (tasks.stream().noneMatch(e -> !e.due().isAfter(limit))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("nothing was scheduled within " + window + "; pending: " + tasks);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
        advance(window);
    }

    /** Moves the clock by {@code window} if some task is due within it; returns whether it did. */
    boolean advanceIfScheduled(Duration window) {
        synchronized (this) {
            Instant limit = clock.instant().plus(window);
            if (tasks.stream().noneMatch(e -> !e.due().isAfter(limit))) {
                return false;
            }
        }
        advance(window);
        return true;
    }

    /** Whether some task is due exactly at {@code at} (a wait of a known length was scheduled). */
    synchronized boolean hasTaskDueAt(Instant at) {
        return tasks.stream().anyMatch(e -> e.due().equals(at));
    }

    private synchronized Optional<Entry> takeDue() {
        Optional<Entry> next = tasks.stream().filter(e -> !e.due().isAfter(clock.instant()))
                .min(Comparator.comparing(Entry::due).thenComparing(Entry::order));
        next.ifPresent(tasks::remove);
        return next;
    }
}
