package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.catalog.CatalogProgress;
import till.catalog.CatalogRefresh;
import till.catalog.Product;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.ProductReads;
import till.demoserver.Profile;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.setup.Setup;
import till.setup.TillConfig;
import till.store.TillStore;
import till.testsupport.Await;

/**
 * The catalog of a big shop comes in pages of the server's own size, resumes after a dropped connection from the last
 * stored page, and on a reconnect reads only what changed: a real 15 demo server with 3 000 generated products and
 * pages of 500 ({@code pos.config.limited_products_amount}), the real store in a temp dir; the demo server counts
 * the product reads.
 */
class PagedCatalogLoadOnDemoServerTest {

    private static final int GENERATED = 3_000;
    private static final int PAGE = 500;

    @TempDir
    Path dataDir;
    private DemoServer server;
    private TillStore store;
    private CatalogRefresh refresh;
    private TillConfig config;
    private final List<CatalogProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServerAndTill() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withProducts(GENERATED));
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(Backends.DEMO_CONFIG_ID);
        args.addObject().put("limited_products_loading", true).put("limited_products_amount", PAGE);
        admin.callKw("pos.config", "write", args, JsonRpcClient.MAPPER.createObjectNode(),
                java.time.Duration.ofSeconds(15));
        config = new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN, Backends.DEMO_CONFIG_ID,
                false);
        store = TillStore.open(dataDir, Clock.systemUTC());
        refresh = new CatalogRefresh(store.catalogCache(), false, () -> {
            throw new AssertionError("a paged server is never loaded whole");
        }, ids -> List.of());
        refresh.addProgressListener(Runnable::run, progress::add);
        refresh.start();
    }

    @AfterEach
    void stop() {
        refresh.close();
        store.close();
        server.close();
    }

    /** Connects as the push channel's connector does and waits until the products' load has ended. */
    private void connectAndAwaitLoad() throws Exception {
        long before = progress.stream().filter(CatalogProgress::done).filter(p -> p.loaded() == p.total()).count();
        Setup.Result result = new Setup(config, DemoServer.PASSWORD).connect(Optional.empty());
        assertThat(result.products()).as("15 pages its products").isPresent();
        assertThat(result.snapshot().catalog().products()).as("none in the connect itself").isEmpty();
        refresh.connected(result.snapshot().catalog(), result.products());
        Await.until(() -> progress.stream().filter(CatalogProgress::done).filter(p -> p.loaded() == p.total())
                .count() > before, "the product load to end", 60);
    }

    private List<Long> serverOrder() throws Exception {
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        ArrayNode domain = kwargs.putArray("domain");
        domain.addArray().add("sale_ok").add("=").add(true);
        domain.addArray().add("available_in_pos").add("=").add(true);
        kwargs.put("order", "sequence ASC, default_code ASC, name ASC, id ASC");
        kwargs.putArray("fields").add("id");
        List<Long> ids = new java.util.ArrayList<>();
        client.callKw("product.product", "search_read", JsonRpcClient.MAPPER.createArrayNode(), kwargs,
                java.time.Duration.ofSeconds(30)).forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    private Catalog cached() {
        return store.catalogCache().load().orElseThrow();
    }

    @Test
    void aFullLoadComesInPagesOfTheConfigsSizeAndCachesEveryProductInTheServersOrder() throws Exception {
        List<Long> offered = serverOrder();
        ProductReads.Count start = server.productReads();

        connectAndAwaitLoad();

        assertThat(offered).hasSizeGreaterThan(GENERATED);
        assertThat(cached().products()).extracting(Product::id).containsExactlyElementsOf(offered);
        ProductReads.Count reads = server.productReads().since(start);
        assertThat(reads.calls()).as("one read per page of 500, the last one short")
                .isEqualTo(offered.size() / PAGE + 1);
        assertThat(reads.records()).isEqualTo(offered.size());
        assertThat(progress).as("the status area saw the load grow page by page")
                .anySatisfy(p -> assertThat(p).isEqualTo(new CatalogProgress(PAGE, offered.size(), false)))
                .last().isEqualTo(CatalogProgress.idle(offered.size()));
    }

    @Test
    void aConnectionDroppedInTheMiddleResumesAfterTheLastStoredPageNotFromTheStart() throws Exception {
        int total = serverOrder().size();
        ProductReads.Count start = server.productReads();
        server.inject(Fault.parse("drop-page=3"));

        connectAndAwaitLoad();

        assertThat(cached().products()).hasSize(total);
        ProductReads.Count reads = server.productReads().since(start);
        int pages = total / PAGE + 1;
        assertThat(reads.calls()).as("two pages stored, the third dropped, then the third again and the rest")
                .isEqualTo(pages + 1);
        assertThat(reads.records()).as("the dropped page was read twice, no other").isEqualTo(total + PAGE);
    }

    @Test
    void aReconnectAfterAHundredChangesReadsOnlyThoseAndCachesTheirNewPrices() throws Exception {
        connectAndAwaitLoad();
        List<Integer> changed = server.changeProductPrices(100);
        java.math.BigDecimal before = cached().product(changed.get(7)).orElseThrow().listPrice();
        ProductReads.Count start = server.productReads();

        connectAndAwaitLoad();

        ProductReads.Count reads = server.productReads().since(start);
        assertThat(reads.calls()).as("one read of what changed").isEqualTo(1);
        assertThat(reads.records()).isEqualTo(100);
        assertThat(cached().product(changed.get(7)).orElseThrow().listPrice())
                .isEqualByComparingTo(before.add(new java.math.BigDecimal("0.10")));
        assertThat(cached().products()).extracting(Product::id).containsExactlyElementsOf(serverOrder());
    }

    @Test
    void aProductArchivedOrTakenOutOfThePosDisappearsFromTheCache() throws Exception {
        connectAndAwaitLoad();
        List<Long> offered = serverOrder();
        long archived = offered.get(10);
        long outOfPos = offered.get(20);
        server.setProductFlag((int) archived, "active", false);
        server.setProductFlag((int) outOfPos, "available_in_pos", false);
        ProductReads.Count start = server.productReads();

        connectAndAwaitLoad();

        assertThat(server.productReads().since(start).records()).as("only the two changed ones").isEqualTo(2);
        assertThat(cached().product(archived)).isEmpty();
        assertThat(cached().product(outOfPos)).isEmpty();
        assertThat(cached().products()).hasSize(offered.size() - 2);
    }
}
