package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.catalog.Product;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.store.TillStore;

/**
 * A supermarket's catalog end to end: {@code till setup} against the demo server with 50 000 products (Odoo 15)
 * caches all of them, with names apart from their codes, found by barcode, the big category whole.
 */
class LargeShopSetupTest {

    private static final long FIRST_GENERATED = 100_001;
    private static final long GROCERIES = 1_001;

    @TempDir
    Path dir;

    @Test
    void fiftyThousandProductsAreCachedWholeAndFoundByBarcode() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), DemoServer.PASSWORD);
        Path data = dir.resolve("data");
        MainRun main = new MainRun();
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15)
                .withProducts(50_000))) {
            int exit = main.run("--data-dir", data.toString(), "setup", "--server", server.url().toString(), "--db",
                    "demo", "--login", DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1");
            assertThat(exit).as(main.err()).isZero();
        }
        Catalog catalog;
        try (TillStore store = TillStore.open(data, Clock.systemUTC())) {
            catalog = store.catalogCache().load().orElseThrow();
        }
        List<Product> generated = catalog.products().stream().filter(p -> p.id() >= FIRST_GENERATED).toList();
        assertThat(generated).hasSize(50_000);
        assertThat(generated.stream().filter(p -> Long.valueOf(GROCERIES).equals(p.categoryId())).count())
                .isBetween(8_600L, 8_800L);
        Product first = catalog.product(FIRST_GENERATED).orElseThrow();
        assertThat(first.name()).doesNotContain("[").doesNotContain(first.defaultCode());
        assertThat(first.defaultCode()).matches("[A-Z]{3}-000001");
        Product last = generated.get(generated.size() - 1);
        assertThat(catalog.productByBarcode(last.barcode())).contains(last);
    }
}
