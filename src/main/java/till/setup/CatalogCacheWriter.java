package till.setup;

import java.nio.file.Path;
import till.catalog.Catalog;

/** Replaces the cached catalog in a data directory; the composition root gives the store-backed one. Thread-safe. */
@FunctionalInterface
public interface CatalogCacheWriter {

    /** Replaces the whole cached catalog of the till whose data lives in {@code dataDir}. Blocks on the disk. */
    void replace(Path dataDir, Catalog catalog) throws Exception;
}
