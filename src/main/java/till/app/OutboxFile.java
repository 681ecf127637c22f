package till.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import till.outbox.Outbox;
import till.outbox.OutboxEntry;
import till.outbox.OutboxJson;
import till.outbox.OutboxState;
import till.status.OutboxAccess;

/**
 * The outbox panel's rows and export, read from the store's outbox. The export has the keys of
 * {@code till outbox export}, limited to the orders that have not reached the server. Thread-safe; blocks on the disk.
 */
final class OutboxFile implements OutboxAccess {

    private final OutboxJson json = new OutboxJson();
    private final Outbox outbox;

    OutboxFile(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<OutboxEntry> unsent() {
        return outbox.list().stream().filter(e -> e.state() != OutboxState.SENT).toList();
    }

    @Override
    public List<OutboxEntry> now(Collection<String> uids) {
        return outbox.list().stream().filter(e -> uids.contains(e.uid())).toList();
    }

    @Override
    public int export(Path file) throws IOException {
        List<OutboxEntry> rows = unsent();
        json.export(rows, file);
        return rows.size();
    }
}
