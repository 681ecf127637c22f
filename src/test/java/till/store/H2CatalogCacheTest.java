package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;

class H2CatalogCacheTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyStoreHasNoCatalog() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.catalogCache().load()).isEmpty();
        }
    }

    @Test
    void aReplacedCatalogIsLoadedBackEqualAfterARestart() {
        Catalog catalog = StoreFixtures.catalog("First");
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.catalogCache().replace(catalog);
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.catalogCache().load()).contains(catalog);
        }
    }

    @Test
    void replacingDropsWhatTheOldCatalogHadAndTheNewOneDoesNot() {
        Catalog first = StoreFixtures.catalog("First");
        Catalog second = new Catalog(StoreFixtures.catalog("Second").settings(), first.categories().subList(0, 1),
                first.products().subList(1, 2), first.taxes(), first.paymentMethods(), first.customers());
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.catalogCache().replace(first);
            store.catalogCache().replace(second);
            assertThat(store.catalogCache().load()).contains(second);
        }
    }
}
