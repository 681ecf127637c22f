package till.demoserver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every order call the demo served, per order identity (reference, 18: uuid): when the call arrived and when the
 * server was done with it (committed or failed). Two calls carrying one order that overlap in time are what makes a
 * duplicate on Odoo, whose de-duplication is search-then-create without a lock; tests assert there are none.
 * Thread-safe.
 */
final class OrderCalls {

    /** One call's time at the server, in {@link System#nanoTime()}; {@code end} is 0 while it runs. */
    private static final class Span {
        private final long start;
        private long end;

        Span(long start) {
            this.start = start;
        }
    }

    private final Map<String, List<Span>> byKey = new HashMap<>();

    /** A call carrying these orders arrived; returns its handle for {@link #end}. */
    synchronized Object begin(List<String> keys) {
        Span span = new Span(System.nanoTime());
        keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(span));
        return span;
    }

    /** The server is done with that call. */
    synchronized void end(Object handle) {
        ((Span) handle).end = System.nanoTime();
    }

    /** How many calls carried this order (reference, 18: uuid), those still running included. */
    synchronized int count(String key) {
        return byKey.getOrDefault(key, List.of()).size();
    }

    /** How many calls carried each order, for the orders carried more than once. */
    synchronized Map<String, Integer> repeated() {
        Map<String, Integer> counts = new TreeMap<>();
        byKey.forEach((key, spans) -> {
            if (spans.size() > 1) {
                counts.put(key, spans.size());
            }
        });
        return counts;
    }

    /** The orders that two calls carried at the same time (a call still running overlaps everything after it). */
    synchronized List<String> overlapping() {
        List<String> keys = new ArrayList<>();
        byKey.forEach((key, spans) -> {
            if (overlap(spans)) {
                keys.add(key);
            }
        });
        keys.sort(null);
        return keys;
    }

    private static boolean overlap(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                Span a = spans.get(i);
                Span b = spans.get(j);
                long aEnd = a.end == 0 ? Long.MAX_VALUE : a.end;
                long bEnd = b.end == 0 ? Long.MAX_VALUE : b.end;
                if (a.start < bEnd && b.start < aEnd) {
                    return true;
                }
            }
        }
        return false;
    }
}
