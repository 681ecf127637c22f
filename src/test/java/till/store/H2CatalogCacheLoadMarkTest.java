package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.LoadMark;
import till.catalog.Product;

/** A page of products and the load's mark are stored together and survive a restart of the till. */
class H2CatalogCacheLoadMarkTest {

    @TempDir
    Path dataDir;

    private static Product product(long id, String price) {
        return new Product(id, "Product " + id, "P" + id, "", new BigDecimal(price), null, List.of());
    }

    @Test
    void aStoredPageAndItsMarkAreThereAfterARestart() {
        LoadMark mark = new LoadMark(500, "2026-12-07 10:00:00", Instant.parse("2026-12-07T09:00:00Z"));
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            assertThat(store.catalogCache().productMark()).as("nothing loaded yet").isEmpty();
            store.catalogCache().storeProducts(List.of(product(1, "1.00"), product(2, "2.00")), List.of(), mark);
        }

        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            assertThat(store.catalogCache().productMark()).hasValue(mark);
            store.catalogCache().storeProducts(List.of(product(2, "2.50"), product(3, "3.00")), List.of(1L),
                    mark.atOffset(-1));
            assertThat(store.catalogCache().productMark()).hasValueSatisfying(m -> assertThat(m.fullLoadDone())
                    .isTrue());
        }
    }
}
