package till.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a push channel's notifications go, whatever the transport: to their handlers ({@link NotificationRouter}),
 * with {@code last} saved in the {@link BusCursor} so that a restart neither replays nor loses them, and a reload of
 * the data once the channel works again after a gap longer than the server keeps notifications. Lives as long as the
 * push connection, across the transports it makes. Confined to the thread that delivers (the connection's worker).
 */
public final class BusInbox {

    private static final Logger LOG = LoggerFactory.getLogger(BusInbox.class);

    private final NotificationRouter router;
    private final BusCursor cursor;
    private final Runnable reloadData;
    private final Clock clock;
    private Instant lastReached;

    /** @param reloadData called (on the delivering thread) after a gap long enough for the server to drop them */
    public BusInbox(NotificationRouter router, BusCursor cursor, Runnable reloadData, Clock clock) {
        this.router = router;
        this.cursor = cursor;
        this.reloadData = reloadData;
        this.clock = clock;
    }

    /** The channel names handlers listen on. */
    Set<String> channelNames() {
        return router.channelNames();
    }

    /** The saved {@code last} of a server ({@code key}: its push URL and database), 0 when none. */
    long last(String key) {
        return cursor.last(key);
    }

    /**
     * Hands the messages to their handlers and saves the new {@code last}. A handler that failed on this thread is
     * thrown after {@code last} was saved: the connection fails and starts again, and the message that failed is not
     * handed out a second time (a bug in a handler must not stop the channel for good).
     *
     * @return the new {@code last}
     */
    long deliver(String key, long last, List<BusMessage> messages) {
        Optional<RuntimeException> failed = router.dispatch(messages);
        long newLast = BusItems.newLast(last, messages);
        if (newLast != last) {
            cursor.save(key, newLast);
        }
        failed.ifPresent(e -> {
            throw e;
        });
        return newLast;
    }

    /**
     * The channel worked until now without a break (an open websocket just ended): the next {@link #reached} measures
     * its gap from here, not from when the socket opened.
     */
    void workedUntilNow() {
        lastReached = clock.instant();
    }

    /** The channel works (a poll completed); after more than {@code gap} since it last did, the data is reloaded. */
    void reached(Duration gap) {
        Instant now = clock.instant();
        if (lastReached != null && Duration.between(lastReached, now).compareTo(gap) > 0) {
            LOG.info("no poll completed for {} s: notifications may be lost, reloading the data",
                    Duration.between(lastReached, now).toSeconds());
            reloadData.run();
        }
        lastReached = now;
    }
}
