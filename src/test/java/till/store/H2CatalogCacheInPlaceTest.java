package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.catalog.CatalogCache;
import till.catalog.Customer;
import till.catalog.LoadMark;
import till.catalog.Product;
import till.testsupport.Await;

/** The catalog cache is updated row by row in the server's order, and the file stays compact (decision 0171). */
class H2CatalogCacheInPlaceTest {

    @TempDir
    Path dir;

    @Test
    void productsComeBackInTheServersOrderNotInIdOrder() {
        Catalog catalog = withProducts(List.of(product(30, "1"), product(10, "1"), product(20, "1")));
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.catalogCache().replace(catalog);
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.catalogCache().load().orElseThrow().products()).extracting(Product::id)
                    .containsExactly(30L, 10L, 20L);
        }
    }

    @Test
    void aChangedCustomerRewritesOnlyTheCustomers() throws SQLException {
        Catalog first = withProducts(List.of(product(10, "1"), product(20, "1")));
        Customer changed = new Customer(5, "Ann Smith", "123", null, "Main St 2");
        Catalog second = new Catalog(first.settings(), first.categories(), first.products(), first.taxes(),
                first.paymentMethods(), List.of(changed));
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.catalogCache().replace(first);
        }
        // A mark the cache never writes: a product row that is rewritten loses it.
        execute("UPDATE catalog_products SET barcode = 'untouched'");
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.catalogCache().replace(second);
            assertThat(store.catalogCache().load()).contains(second);
        }
        assertThat(queryStrings("SELECT barcode FROM catalog_products")).containsOnly("untouched");
    }

    @Test
    void upsertedProductsKeepTheirPlaceNewOnesFollowAndDeletedOnesGo() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.catalogCache().replace(withProducts(List.of(product(30, "1"), product(10, "1"), product(20, "1"))));
            store.catalogCache().upsertProducts(List.of(product(40, "4"), product(10, "9")));
            store.catalogCache().deleteProducts(List.of(30L, 99L));
            assertThat(store.catalogCache().load().orElseThrow().products())
                    .containsExactly(product(10, "9"), product(20, "1"), product(40, "4"));
        }
    }

    @Test
    void sixFullRewritesOf50000ProductsKeepTheFileWithinTwiceItsCompactSize() throws Exception {
        long largestOpen = 0;
        try (TillStore store = StoreTestSupport.open(dir)) {
            // Not the production bound of 2 s: a loaded machine cuts that short (failed once in CI at load 13).
            ((H2CatalogCache) store.catalogCache()).compactionBudget(120_000);
            for (int rewrite = 1; rewrite <= 6; rewrite++) {
                // Every product changes (a new price): the worst refresh there is, written six times in a row.
                store.catalogCache().replace(withProducts(products(50_000, rewrite)));
                largestOpen = Math.max(largestOpen, Files.size(store.databaseFile()));
            }
        }
        long compact = Files.size(dir.resolve(Database.FILE_NAME));
        assertThat(largestOpen).isLessThanOrEqualTo(2 * compact);
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.catalogCache().load().orElseThrow().products()).hasSize(50_000)
                    .first().isEqualTo(products(1, 6).get(0));
        }
    }

    /**
     * What made the six-rewrites test fail in CI (decision 0247): when H2's writer had already dropped the chunks a
     * rewrite left dead before the compaction ran, the chunks left were full, H2's compaction moved nothing and the
     * file kept the rewrite's size as gaps (10 MB against 2.4). Here H2 is made to drop them first, every time.
     */
    @Test
    void theFileShrinksAlsoWhenH2HasDroppedTheDeadChunksBeforeTheCompaction() throws Exception {
        long open;
        try (TillStore store = StoreTestSupport.open(dir)) {
            CatalogCache cache = store.catalogCache();
            ((H2CatalogCache) cache).compactionBudget(120_000);
            cache.replace(withProducts(products(50_000, 1)));
            LoadMark midLoad = new LoadMark(50_000, "", null);
            try (Connection session = connect()) {
                // H2 keeps no old chunks for a retention time and drops dead ones at its next write, as after a
                // compaction; set here rather than left to whether the replace compacted (a CI run waited 60 s).
                mvStore(session).setRetentionTime(0);
                // A full load not finished yet: every product rewritten, no compaction between its pages.
                cache.storeProducts(products(50_000, 2), List.of(), midLoad);
                FileStore<?> file = mvStore(session).getFileStore();
                Await.until(() -> {
                    cache.storeProducts(List.of(), List.of(), midLoad);
                    return file.getChunksFillRate() >= 90;
                }, "H2 to drop the dead chunks of the rewrite", 60);
                assertThat(file.getFillRate()).as("the rewrite's dead chunks are gaps in the file now").isLessThan(50);
            }
            // The load's last page: the cache compacts now.
            cache.storeProducts(List.of(), List.of(), new LoadMark(-1, "", null));
            open = Files.size(store.databaseFile());
        }
        assertThat(open).isLessThanOrEqualTo(2 * Files.size(dir.resolve(Database.FILE_NAME)));
    }

    /** The engine of the open database, through a second session on it: H2 shares one database per file and JVM. */
    private static MVStore mvStore(Connection session) throws SQLException {
        return ((SessionLocal) session.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                .getMvStore();
    }

    private static List<Product> products(int count, int priceCents) {
        return IntStream.range(0, count).mapToObj(i -> new Product(100_000 - i, "Product number " + i,
                "BIG-" + i, String.valueOf(2_000_000_000_000L + i), BigDecimal.valueOf(100 + priceCents, 2),
                (long) (i % 40), List.of(3L))).toList();
    }

    private static Product product(long id, String price) {
        return new Product(id, "P" + id, "C" + id, "40" + id, new BigDecimal(price), 2L, List.of(3L));
    }

    private static Catalog withProducts(List<Product> products) {
        Catalog base = StoreFixtures.catalog("Shop");
        return new Catalog(base.settings(), base.categories(), products, base.taxes(), base.paymentMethods(),
                base.customers());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.BASE_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE", Database.USER, "");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> queryStrings(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
