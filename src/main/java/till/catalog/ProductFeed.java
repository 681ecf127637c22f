package till.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The server's products as a till loads them at shop scale: page by page in the server's order, the ones changed
 * since a write date, and the ids of all offered ones for a reconcile (docs/catalog.md). Every method blocks on the
 * network with a deadline sized for what it reads. Implementations are thread-safe.
 */
public interface ProductFeed {

    /** How many products a page holds (the server's own paging setting where it has one). */
    int pageSize();

    /** How many products the POS offers now. */
    int count() throws Exception;

    /** The products at {@code offset} in the server's order, at most {@code limit} of them. */
    ProductBatch page(int offset, int limit) throws Exception;

    /** Every product written after {@code cursor} (an Odoo write date), offered or not. */
    ProductBatch changedSince(String cursor) throws Exception;

    /** The ids of every product the POS offers now. */
    Set<Long> offeredIds() throws Exception;

    /** These products, read again (absent or no longer offered ones come back as {@code gone}). */
    ProductBatch byIds(Collection<Long> ids) throws Exception;

    /**
     * Products read from the server. Immutable.
     *
     * @param offered products the POS offers, in the server's order
     * @param gone    ids read that the POS no longer offers (archived, not available in the POS, not for sale)
     * @param newestWrite the newest write date among them, or empty when there were none
     */
    record ProductBatch(List<Product> offered, List<Long> gone, String newestWrite) {
        public ProductBatch {
            offered = List.copyOf(offered);
            gone = List.copyOf(gone);
            newestWrite = newestWrite == null ? "" : newestWrite;
        }

        /** How many records the server sent. */
        public int size() {
            return offered.size() + gone.size();
        }
    }
}
