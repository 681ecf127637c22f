package till.app;

import java.nio.file.Path;
import java.time.Clock;
import till.catalog.Catalog;
import till.setup.CatalogCacheWriter;
import till.store.TillStore;

/** Writes a catalog into the data directory's store (opening and closing it), for {@code till setup}. Stateless. */
final class StoreCatalogWriter implements CatalogCacheWriter {

    @Override
    public void replace(Path dataDir, Catalog catalog) {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            store.catalogCache().replace(catalog);
        }
    }
}
