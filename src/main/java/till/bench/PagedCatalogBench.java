package till.bench;

import static till.bench.BenchOutput.round;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import till.catalog.CatalogProgress;
import till.catalog.CatalogRefresh;
import till.demoserver.DemoServer;
import till.demoserver.ProductReads;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.Login;
import till.odoo.OdooException;
import till.odoo.PosCatalogLoader;
import till.odoo.PosSession;
import till.odoo.PosShop;
import till.odoo.VersionProfile;
import till.store.TillStore;

/**
 * The till's own way of loading at connect (docs/catalog.md), timed on a fresh store: the connect the push channel
 * waits for (everything but the products), the first page stored (the till can sell from it), the whole paged load
 * in the background, then a reconnect after 100 products changed on the server (only those are read). Runs on the
 * calling thread; the load on the refresh's own.
 */
final class PagedCatalogBench {

    private static final long LOAD_BOUND_SECONDS = 600;

    private PagedCatalogBench() {
    }

    static void run(DemoServer server, Path dir, Map<String, Object> result) throws Exception {
        AtomicReference<CountDownLatch> done = new AtomicReference<>(new CountDownLatch(1));
        AtomicLong firstPage = new AtomicLong();
        try (TillStore store = TillStore.open(dir.resolve("paged"), Clock.systemUTC());
             CatalogRefresh refresh = new CatalogRefresh(store.catalogCache(), false, () -> {
                 throw new IllegalStateException("a paged server is not loaded whole");
             }, ids -> List.of())) {
            refresh.addProgressListener(Runnable::run, p -> progressed(p, firstPage, done.get()));
            refresh.start();
            long start = System.nanoTime();
            PosShop connect = connect(server);
            long connected = System.nanoTime();
            refresh.connected(connect.snapshot().catalog(), connect.products());
            await(done.get());
            long loaded = System.nanoTime();
            result.put("paged_connect_ms", round((connected - start) / 1e6));
            result.put("paged_first_page_ms", round((firstPage.get() - start) / 1e6));
            result.put("paged_load_ms", round((loaded - start) / 1e6));
            result.put("paged_load_ratio", round((loaded - start) / 1e6 / (double) result.get("raw_transfer_ms")));
            result.put("page_size", connect.products().orElseThrow().pageSize());

            server.changeProductPrices(100);
            ProductReads.Count before = server.productReads();
            done.set(new CountDownLatch(1));
            long again = System.nanoTime();
            PosShop reconnect = connect(server);
            long reconnected = System.nanoTime();
            refresh.connected(reconnect.snapshot().catalog(), reconnect.products());
            await(done.get());
            long refreshed = System.nanoTime();
            result.put("incremental_connect_ms", round((reconnected - again) / 1e6));
            result.put("incremental_refresh_ms", round((refreshed - reconnected) / 1e6));
            result.put("incremental_records_read", server.productReads().since(before).records());
        }
    }

    /** The calls a connecting till makes before the products, through the same client and loader. */
    private static PosShop connect(DemoServer server) throws OdooException {
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        VersionProfile profile = VersionProfile.of(client.version());
        Login login = client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        PosSession session = client.openSession(1).orElseThrow();
        int loginNumber = client.loginToSession(session.id());
        return new PosCatalogLoader(client, profile, login).loadShop(1, session, loginNumber);
    }

    private static void progressed(CatalogProgress p, AtomicLong firstPage, CountDownLatch done) {
        if (p.loaded() > 0 && !p.done()) {
            firstPage.compareAndSet(0, System.nanoTime());
        }
        if (p.done()) {
            done.countDown();
        }
    }

    private static void await(CountDownLatch done) throws InterruptedException {
        if (!done.await(LOAD_BOUND_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the paged catalog load did not end within " + LOAD_BOUND_SECONDS + " s");
        }
    }
}
