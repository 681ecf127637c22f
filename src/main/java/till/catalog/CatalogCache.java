package till.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The locally cached catalog, so the till starts and sells with no network. Records come back in the server's order.
 * Implementations are thread-safe.
 */
public interface CatalogCache {

    /** The cached catalog, or empty when nothing was ever cached. */
    Optional<Catalog> load();

    /**
     * Makes the cached catalog equal to this one in one transaction, in place: only records that changed (or moved
     * in the server's order) are written, records the catalog no longer has are deleted.
     */
    void replace(Catalog catalog);

    /**
     * Writes these products over the cached ones of the same id, which keep their place in the order; products not
     * cached yet go after the last one, in the given order. Other products stay as they are. For a refresh that
     * brings only what changed.
     */
    void upsertProducts(List<Product> products);

    /** Deletes the cached products with these ids; ids not cached are ignored. */
    void deleteProducts(Collection<Long> ids);

    /**
     * Makes the cached settings, categories, taxes, payment methods and customers equal to the catalog's, in place,
     * and leaves the products as they are: a connect stores what came with the login before the products' pages.
     */
    void replaceShop(Catalog catalog);

    /** Where the product load stands, or empty before its first page (docs/catalog.md). */
    Optional<LoadMark> productMark();

    /**
     * In one transaction: upserts {@code offered} (as {@link #upsertProducts}), deletes {@code gone} and stores the
     * mark, so a load that stops between pages resumes after the last one stored.
     */
    void storeProducts(List<Product> offered, Collection<Long> gone, LoadMark mark);
}
