package till.demoserver;

import java.util.List;
import java.util.function.Supplier;

/**
 * How an order call's writes reach the demo's data, as PostgreSQL would commit them: normally decided and written in
 * one hold of the {@link DemoData} monitor (atomic, as the demo always was); with {@code slow-commit=SECONDS}, the
 * call searches at once and commits SECONDS after it arrived, in a second hold, with nothing in between that would
 * make a second call wait: that call's search does not see the uncommitted orders and stores them again, as on Odoo.
 * With {@code unique-reference}, a commit that would store a second copy of a key fails the whole call. Thread-safe.
 */
final class Commits {

    /** Odoo's words for the index a shop adds, as its RPC wrapper passes PostgreSQL's error on (14-17). */
    static final String UNIQUE_INDEX = "pos_order_pos_reference_uniq";
    private static final long DEFAULT_SLOW_SECONDS = 5;

    /**
     * What one call decided to write, under the monitor.
     *
     * @param writes the writes, in order
     * @param keys   the identities of the orders they store (references, 18: uuids)
     */
    record Decided(List<Runnable> writes, List<String> keys) {
    }

    private final DemoData data;
    private final Faults faults;
    private final Profile profile;

    Commits(DemoData data, Faults faults, Profile profile) {
        this.data = data;
        this.faults = faults;
        this.profile = profile;
    }

    /** Runs {@code decide} under the monitor, then commits what it decided (at once, or late). */
    void run(Supplier<Decided> decide) {
        long arrived = System.nanoTime();
        long slowNanos = faults.get(FaultKind.SLOW_COMMIT).map(f -> f.number(DEFAULT_SLOW_SECONDS)).orElse(0L)
                * 1_000_000_000L;
        Decided decided;
        synchronized (data) {
            decided = decide.get();
            if (slowNanos == 0) {
                commit(decided);
                return;
            }
        }
        awaitUntil(arrived + slowNanos);
        synchronized (data) {
            commit(decided);
        }
    }

    private void commit(Decided decided) {
        if (faults.on(FaultKind.UNIQUE_REFERENCE)) {
            for (String key : decided.keys()) {
                if (stored(key)) {
                    String column = profile.ordersByUuid() ? "uuid" : "pos_reference";
                    throw OdooError.validation("duplicate key value violates unique constraint \"" + UNIQUE_INDEX
                            + "\"\nDETAIL:  Key (" + column + ")=(" + key + ") already exists.\n");
                }
            }
        }
        decided.writes().forEach(Runnable::run);
    }

    private boolean stored(String key) {
        return profile.ordersByUuid() ? data.liveOrderByUuid(key) != null : data.liveOrderByReference(key) != null;
    }

    private static void awaitUntil(long deadline) {
        try {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                // The transaction's own work; a stopped server interrupts it, and the commit then still happens, as
                // PostgreSQL finishes a commit the client no longer waits for.
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
