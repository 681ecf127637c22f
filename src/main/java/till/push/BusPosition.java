package till.push;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a websocket transport stands in the server's bus: the {@code last} id handled (loaded from the cursor at the
 * first round, saved by the {@link BusInbox} with every delivery), and the delivery of what is newer, each id once:
 * whatever the server sends again (a resubscribe, a replay) is skipped. Confined to the push connection's worker.
 */
final class BusPosition {

    private static final Logger LOG = LoggerFactory.getLogger(BusPosition.class);

    private final BusInbox inbox;
    private final String key;
    private final Duration reloadGap;
    private boolean loaded;
    private long last;

    /** @param key the server's cursor key (push address and database) */
    BusPosition(BusInbox inbox, String key, Duration reloadGap) {
        this.inbox = inbox;
        this.key = key;
        this.reloadGap = reloadGap;
    }

    /** The last id handled: what a subscribe or a poll asks to be sent after. */
    long last() {
        if (!loaded) {
            loaded = true;
            last = inbox.last(key);
        }
        return last;
    }

    /** Hands the notifications newer than {@code last} to their handlers, in id order as the server sent them. */
    void deliver(List<BusMessage> messages) {
        long from = last();
        List<BusMessage> fresh = messages.stream().filter(m -> m.id() > from).toList();
        if (fresh.size() < messages.size()) {
            LOG.debug("skipped {} notification(s) already handled (last {})", messages.size() - fresh.size(), from);
        }
        if (!fresh.isEmpty()) {
            last = inbox.deliver(key, from, fresh);
        }
    }

    /** The channel works again (subscribed, or polled): after a long gap the data is reloaded. */
    void reached() {
        inbox.reached(reloadGap);
    }

    /** An open socket ended: it worked until now. */
    void workedUntilNow() {
        inbox.workedUntilNow();
    }
}
