package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.catalog.CatalogProgress;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;
import till.store.TillStore;
import till.testsupport.Await;
import till.worker.Backoff;

/**
 * The push channel does not wait for the catalog: with every product page held by the server, the till connected
 * to a 15, 17 or 18 demo server with 2 000 generated products reaches green, and the products arrive once the pages
 * are let go. A real store, a real demo server on loopback; no timing, only the order of what happened.
 */
class PushBeforeCatalogTest {

    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));
    private static final String PRODUCT_PAGES = "/web/dataset/call_kw/product.product/search_read";
    /** 17 reads its pages through the session. */
    private static final String PRODUCT_PAGES_17 =
            "/web/dataset/call_kw/pos.session/get_pos_ui_product_product_by_params";

    @TempDir
    Path dataDir;
    private final List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<CatalogProgress> progress = new CopyOnWriteArrayList<>();
    private TillStore store;
    private TillBackend backend;
    private DemoServer server;

    @AfterEach
    void close() {
        if (server != null) {
            server.clearFaults();
        }
        if (backend != null) {
            backend.close();
        }
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V15", "V17", "V18"})
    void thePushChannelIsGreenWhileTheProductPagesAreStillHeldByTheServer(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withProducts(2_000)
                .withHold(Duration.ofMillis(300)));
        if (profile != Profile.V15) {
            server.openSession();
        }
        new ConfigFile(dataDir).write(new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true));
        new PasswordFile(dataDir).write(DemoServer.PASSWORD);
        server.inject(Fault.parse("hang=" + (profile == Profile.V17 ? PRODUCT_PAGES_17 : PRODUCT_PAGES)));
        store = TillStore.open(dataDir, Clock.systemUTC());
        backend = Backends.create(dataDir, store, Clock.systemUTC(), QUICK);
        backend.pushChannel().addListener(Runnable::run, statuses::add);
        backend.catalogRefresh().addProgressListener(Runnable::run, progress::add);

        backend.start();

        Await.until(() -> statuses.stream().anyMatch(s -> s.state() == ConnectionState.GREEN), "green", 30);
        Await.until(() -> server.hungRequests() > 0, "a product page held by the server", 30);
        assertThat(server.hungRequests()).as("the first page is still held: no product has arrived").isEqualTo(1);
        assertThat(store.catalogCache().load()).as("the shop's settings are stored, no product yet")
                .hasValueSatisfying(c -> assertThat(c.products()).isEmpty());
        assertThat(progress).as("the status area says the catalog is loading").isNotEmpty()
                .allSatisfy(p -> assertThat(p.done()).isFalse());

        server.clear(FaultKind.HANG);

        Await.until(() -> progress.stream().anyMatch(CatalogProgress::done), "the products to arrive", 60);
        Catalog cached = store.catalogCache().load().orElseThrow();
        assertThat(cached.products()).hasSizeGreaterThan(2_000);
        assertThat(progress.get(progress.size() - 1)).isEqualTo(CatalogProgress.idle(cached.products().size()));
    }
}
