package till.history;

import java.util.List;
import till.session.HistoryEntry;

/**
 * Where the order history comes from: the till's own orders of its current POS session, newest first (the composition
 * root reads them with {@code session.OrderHistory} from the store). Implementations are thread-safe and block on the
 * disk: the view model calls them on its I/O executor only.
 */
@FunctionalInterface
public interface HistorySource {

    List<HistoryEntry> load();
}
