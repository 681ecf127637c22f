package till.status;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import till.outbox.OutboxEntry;

/**
 * The paid orders that have not reached the server, as the outbox panel lists and exports them. Implementations are
 * thread-safe and block on the disk: call them on an I/O thread only.
 */
public interface OutboxAccess {

    /** The orders waiting, being sent or rejected, oldest first. */
    List<OutboxEntry> unsent();

    /** Writes those orders to {@code file} as JSON (the format of {@code till outbox export}); returns how many. */
    int export(Path file) throws IOException;
}
