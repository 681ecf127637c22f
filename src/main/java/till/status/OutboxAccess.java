package till.status;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import till.outbox.OutboxEntry;

/**
 * The paid orders that have not reached the server, as the outbox panel lists and exports them. Implementations are
 * thread-safe and block on the disk: call them on an I/O thread only.
 */
public interface OutboxAccess {

    /** The orders waiting, being sent, of unknown outcome or rejected, oldest first. */
    List<OutboxEntry> unsent();

    /**
     * These orders as they stand now, sent ones included (the panel keeps showing an order it was checking on, to say
     * how that ended); none by default.
     */
    default List<OutboxEntry> now(Collection<String> uids) {
        return List.of();
    }

    /** Writes those orders to {@code file} as JSON (the format of {@code till outbox export}); returns how many. */
    int export(Path file) throws IOException;
}
