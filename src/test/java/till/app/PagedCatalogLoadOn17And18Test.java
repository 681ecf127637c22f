package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

/**
 * On 17 and 18 the products come page by page (a first page of 2 000, then pages of 10 000: neither config has a paging
 * setting), resume after a dropped page, and a reconnect reads only what changed. 18's connect ({@code load_data})
 * leaves them out and the pages come from {@code product.product}; 17's {@code load_pos_data} sends only the first
 * {@code limited_product_count} (here 1 000) and the pages come through its
 * {@code get_pos_ui_product_product_by_params}. A real demo server of each version with 3 000 generated products, the
 * real store in a temp dir; the demo server counts the product reads (both calls).
 */
class PagedCatalogLoadOn17And18Test {

    private static final int GENERATED = 3_000;
    private static final int FIRST_PAGE = 2_000;

    @TempDir
    Path dataDir;
    private DemoServer server;
    private TillStore store;
    private CatalogRefresh refresh;
    private TillConfig config;
    private final List<CatalogProgress> progress = new CopyOnWriteArrayList<>();

    private Profile profile;

    private void startServerAndTill(Profile version) throws Exception {
        profile = version;
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(version).withProducts(GENERATED));
        // 17's load_pos_data then carries a third of the products: the till must page through all of them anyway.
        server.setLimitedProductCount(1_000);
        server.openSession();
        config = new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN, Backends.DEMO_CONFIG_ID,
                false);
        store = TillStore.open(dataDir, Clock.systemUTC());
        refresh = new CatalogRefresh(store.catalogCache(), false, () -> {
            throw new AssertionError("17 and 18 page their products: the one-call load is never used at connect");
        }, ids -> List.of());
        refresh.addProgressListener(Runnable::run, progress::add);
        refresh.start();
    }

    @AfterEach
    void stop() {
        if (refresh != null) {
            refresh.close();
            store.close();
            server.close();
        }
    }

    private void connectAndAwaitLoad() throws Exception {
        long before = progress.stream().filter(CatalogProgress::done).filter(p -> p.loaded() == p.total()).count();
        Setup.Result result = new Setup(config, DemoServer.PASSWORD).connect(Optional.empty());
        assertThat(result.products()).as("the version pages its products").isPresent();
        assertThat(result.snapshot().catalog().products()).as("none kept from the connect's one call").isEmpty();
        assertThat(result.snapshot().catalog().paymentMethods()).as("the shop's data did come").isNotEmpty();
        refresh.connected(result.snapshot().catalog(), result.products());
        till.testsupport.Await.until(() -> progress.stream().filter(CatalogProgress::done)
                .filter(p -> p.loaded() == p.total()).count() > before, "the product load to end", 60);
    }

    /**
     * The products the version's product loader offers, in its order (its own domain; the special products are not
     * sold: 18's tip product 45, 17's {@code pos_special_products_ids} 37 and 38).
     */
    private List<Long> serverOrder() throws Exception {
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        ArrayNode domain = kwargs.putArray("domain");
        domain.addArray().add("sale_ok").add("=").add(true);
        domain.addArray().add("available_in_pos").add("=").add(true);
        ArrayNode special = domain.addArray().add("id").add("not in").addArray();
        (profile == Profile.V17 ? List.of(37, 38) : List.of(45)).forEach(special::add);
        kwargs.put("order", "sequence ASC, default_code ASC, name ASC, id ASC");
        kwargs.putArray("fields").add("id");
        List<Long> ids = new ArrayList<>();
        client.callKw("product.product", "search_read", JsonRpcClient.MAPPER.createArrayNode(), kwargs,
                Duration.ofSeconds(30)).forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    private Catalog cached() {
        return store.catalogCache().load().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18"})
    void theConnectLeavesTheProductsOutAndThePagesBringThemAllInTheServersOrder(Profile version) throws Exception {
        startServerAndTill(version);
        List<Long> offered = serverOrder();
        ProductReads.Count start = server.productReads();

        connectAndAwaitLoad();

        assertThat(offered).hasSizeGreaterThan(GENERATED);
        assertThat(cached().products()).extracting(Product::id).containsExactlyElementsOf(offered);
        ProductReads.Count reads = server.productReads().since(start);
        assertThat(reads.calls()).as("a first page of 2 000, then the rest in one page of 10 000").isEqualTo(2);
        assertThat(reads.records()).isEqualTo(offered.size());
        assertThat(cached().products()).as("names without the code, categories from pos_categ_ids")
                .allSatisfy(p -> assertThat(p.name()).doesNotStartWith("["))
                .filteredOn(p -> p.id() > 100_000).allSatisfy(p -> assertThat(p.categoryId()).isNotNull());
        assertThat(progress).anySatisfy(p -> assertThat(p).isEqualTo(
                new CatalogProgress(FIRST_PAGE, offered.size(), false)));
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18"})
    void aConnectionDroppedInTheMiddleResumesAfterTheLastStoredPage(Profile version) throws Exception {
        startServerAndTill(version);
        int total = serverOrder().size();
        ProductReads.Count start = server.productReads();
        server.inject(Fault.parse("drop-page=2"));

        connectAndAwaitLoad();

        assertThat(cached().products()).hasSize(total);
        ProductReads.Count reads = server.productReads().since(start);
        assertThat(reads.calls()).as("the first page stored, the second dropped, then the second again")
                .isEqualTo(3);
        assertThat(reads.records()).as("the first page was read once").isEqualTo(total + (total - FIRST_PAGE));
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18"})
    void aReconnectAfterAHundredChangesReadsOnlyThose(Profile version) throws Exception {
        startServerAndTill(version);
        connectAndAwaitLoad();
        List<Integer> changed = server.changeProductPrices(100);
        BigDecimal before = cached().product(changed.get(7)).orElseThrow().listPrice();
        ProductReads.Count start = server.productReads();

        connectAndAwaitLoad();

        ProductReads.Count reads = server.productReads().since(start);
        assertThat(reads.calls()).as("one read of what changed").isEqualTo(1);
        assertThat(reads.records()).isEqualTo(100);
        assertThat(cached().product(changed.get(7)).orElseThrow().listPrice())
                .isEqualByComparingTo(before.add(new BigDecimal("0.10")));
        assertThat(cached().products()).extracting(Product::id).containsExactlyElementsOf(serverOrder());
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18"})
    void aProductTakenOutOfThePosDisappearsFromTheCache(Profile version) throws Exception {
        startServerAndTill(version);
        connectAndAwaitLoad();
        long outOfPos = serverOrder().get(20);
        server.setProductFlag((int) outOfPos, "available_in_pos", false);

        connectAndAwaitLoad();

        assertThat(cached().product(outOfPos)).isEmpty();
    }
}
