package till.catalog;

import java.util.Optional;

/** The locally cached catalog, so the till starts and sells with no network. Implementations are thread-safe. */
public interface CatalogCache {

    /** The cached catalog, or empty when nothing was ever cached. */
    Optional<Catalog> load();

    /** Replaces the whole cached catalog in one transaction. */
    void replace(Catalog catalog);
}
