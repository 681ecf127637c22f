package till.push;

/**
 * Where the poller keeps {@code last}, the highest notification id it has handled, so that a restart neither replays
 * nor loses notifications. Implementations are thread-safe.
 */
public interface BusCursor {

    /** The saved {@code last} for a server (its push URL and database), 0 when none. */
    long last(String server);

    void save(String server, long last);
}
