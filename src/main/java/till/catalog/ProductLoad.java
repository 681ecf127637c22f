package till.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the product load against a {@link ProductFeed} (docs/catalog.md): a full load page by page from where
 * the last one stopped (each page stored with its {@link LoadMark} in one transaction), else only the products
 * written since the mark's cursor; then, at most once a day or when asked, a reconcile of the cached ids with the
 * server's. After each stored step the products as they now are go to {@code products}, and the progress to
 * {@code progress}. Confined to the catalog refresh's thread.
 */
final class ProductLoad {

    private static final Logger LOG = LoggerFactory.getLogger(ProductLoad.class);
    /** Deleted products leave no write date behind; their ids are checked against the server's this often. */
    static final Duration RECONCILE_EVERY = Duration.ofHours(24);
    /** The first page of a full load: the first products in the server's order, sellable within seconds. */
    static final int FIRST_PAGE = 2_000;

    private final CatalogCache cache;
    private final ProductFeed feed;
    private final Clock clock;
    private final Consumer<List<Product>> products;
    private final Consumer<CatalogProgress> progress;
    /** The cached products in the cache's order: changed ones keep their place, new ones go last (as upsert). */
    private final Map<Long, Product> current = new LinkedHashMap<>();

    ProductLoad(CatalogCache cache, ProductFeed feed, Clock clock, Consumer<List<Product>> products,
                Consumer<CatalogProgress> progress) {
        this.cache = cache;
        this.feed = feed;
        this.clock = clock;
        this.products = products;
        this.progress = progress;
    }

    /**
     * Brings the cached products in step with the server. Blocks on the network.
     *
     * @param cached    the cached products, in the cache's order
     * @param reconcile whether to check the ids against the server's even if the last check is recent
     * @throws Exception as the feed fails; everything stored before stays, and the next run continues from there
     */
    void run(List<Product> cached, boolean reconcile) throws Exception {
        cached.forEach(p -> current.put(p.id(), p));
        LoadMark mark = cache.productMark().orElse(LoadMark.NONE);
        if (!mark.fullLoadDone()) {
            mark = fullLoad(mark);
            reconcile = true;
        } else {
            mark = changes(mark);
        }
        Instant last = mark.reconciledAt();
        if (reconcile || last == null || last.plus(RECONCILE_EVERY).isBefore(clock.instant())) {
            reconcile(mark);
        }
        progress.accept(CatalogProgress.idle(current.size()));
    }

    /** The cached products after {@link #run}, in the cache's order. */
    List<Product> products() {
        return new ArrayList<>(current.values());
    }

    private LoadMark fullLoad(LoadMark from) throws Exception {
        int total = feed.count();
        int offset = from.nextOffset();
        LoadMark mark = from;
        LOG.info("catalog: loading {} products in pages of {}{}", total, feed.pageSize(),
                offset > 0 ? ", resuming at " + offset : "");
        progress.accept(new CatalogProgress(Math.min(offset, total), total, false));
        while (true) {
            // A small first page: the till sells from it while the big ones (the server's size) follow.
            int limit = offset == 0 ? Math.min(FIRST_PAGE, feed.pageSize()) : feed.pageSize();
            ProductFeed.ProductBatch page = feed.page(offset, limit);
            int next = page.size() < limit ? -1 : offset + page.size();
            mark = mark.seen(page.newestWrite()).atOffset(next);
            store(page.offered(), List.of(), mark);
            int loaded = offset + page.size();
            // Not done yet even after the last page: the reconcile that follows may still add or remove some.
            progress.accept(new CatalogProgress(loaded, Math.max(total, loaded), false));
            if (next < 0) {
                LOG.info("catalog: full load complete, {} products", current.size());
                return mark;
            }
            offset = next;
        }
    }

    private LoadMark changes(LoadMark from) throws Exception {
        ProductFeed.ProductBatch changed = feed.changedSince(from.cursor());
        LoadMark mark = from.seen(changed.newestWrite());
        if (changed.size() > 0) {
            store(changed.offered(), changed.gone(), mark);
        }
        LOG.info("catalog: {} products changed on the server since {} ({} no longer offered)", changed.size(),
                from.cursor(), changed.gone().size());
        return mark;
    }

    /** Deletes what the server no longer offers and reads what the cache lacks (a deletion, a shifted page). */
    private void reconcile(LoadMark mark) throws Exception {
        Set<Long> offered = feed.offeredIds();
        List<Long> extra = current.keySet().stream().filter(id -> !offered.contains(id)).toList();
        Set<Long> missing = new HashSet<>(offered);
        missing.removeAll(current.keySet());
        ProductFeed.ProductBatch fetched = missing.isEmpty() ? new ProductFeed.ProductBatch(List.of(), List.of(), "")
                : feed.byIds(missing);
        List<Long> gone = new ArrayList<>(extra);
        gone.addAll(fetched.gone());
        store(fetched.offered(), gone, mark.seen(fetched.newestWrite()).reconciled(clock.instant()));
        LOG.info("catalog: ids reconciled with the server: {} removed, {} added", gone.size(),
                fetched.offered().size());
    }

    private void store(List<Product> offered, Collection<Long> gone, LoadMark mark) {
        cache.storeProducts(offered, gone, mark);
        gone.forEach(current::remove);
        offered.forEach(p -> current.put(p.id(), p));
        if (!offered.isEmpty() || !gone.isEmpty()) {
            products.accept(new ArrayList<>(current.values()));
        }
    }
}
