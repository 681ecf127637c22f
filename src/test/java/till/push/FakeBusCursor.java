package till.push;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link BusCursor} in memory that survives a poller's restart within one test. Thread-safe. */
final class FakeBusCursor implements BusCursor {

    private final Map<String, Long> saved = new ConcurrentHashMap<>();

    @Override
    public long last(String server) {
        return saved.getOrDefault(server, 0L);
    }

    @Override
    public void save(String server, long last) {
        saved.put(server, last);
    }

    long any() {
        return saved.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
