package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.CatalogRefresh;
import till.catalog.Currency;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.PosCatalogLoader;
import till.outbox.FailureKind;
import till.outbox.SendFailure;
import till.push.BusCause;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.push.PartnerSyncHandler;
import till.push.PosChannels;
import till.push.PushConnection;
import till.sell.MoneyFormat;
import till.setup.Setup;
import till.setup.TillConfig;
import till.status.StatusWords;
import till.store.TillStore;
import till.testsupport.Await;
import till.worker.Backoff;

/**
 * The catalog refresh serves the push channel; when a reload fails unexpectedly, the longpolling icon is red and its
 * panel says "internal error", and the refresh comes back by itself. Wired as the till wires it
 * ({@link TillBackend#wire}), on a real demo server, a real H2 store and real HTTP; only the customer reader is made
 * to fail once.
 */
class CatalogRefreshFailureOnDemoServerTest {

    /** Customer 14, "Azure Interior", on the demo server. */
    private static final int AZURE = 14;
    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));

    @TempDir
    Path dataDir;
    private final List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private DemoServer demo;
    private TillStore store;
    private TillBackend backend;

    @AfterEach
    void close() {
        if (backend != null) {
            backend.close();
        }
        if (store != null) {
            store.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private static void awaitThat(BooleanSupplier condition, String what) {
        Await.until(condition, what, 10);
    }

    private ConnectionStatus latest() {
        return statuses.get(statuses.size() - 1);
    }

    /** The till as {@link Backends} wires it, but its first customer read throws what no server failure throws. */
    private void startTill() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withHold(Duration.ofMillis(300)));
        store = TillStore.open(dataDir, Clock.systemUTC());
        TillConfig config = new TillConfig(demo.url(), null, demo.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, false);
        Credentials credentials = new Credentials(demo.database(), DemoServer.LOGIN, DemoServer.PASSWORD);
        JsonRpcClient rpc = JsonRpcClient.create(demo.url());
        JsonRpcOdooClient client = new JsonRpcOdooClient(rpc);
        CatalogRefresh refresh = new CatalogRefresh(store.catalogCache(), false, () -> {
            throw new Exception("no whole reload in this test");
        }, ids -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("res.partner 14 came back without a name");
            }
            return PosCatalogLoader.customers(client, ids);
        });
        PushConnection.Connector connector = () -> {
            Setup.Result result = new Setup(config, DemoServer.PASSWORD).run();
            refresh.loaded(result.snapshot().catalog());
            client.authenticate(credentials);
            return result.snapshot().context();
        };
        TillBackend.Endpoints endpoints = new TillBackend.Endpoints(batch -> {
            throw new SendFailure(FailureKind.RETRYABLE, "no orders in this test");
        }, connector, rpc, rpc, Optional.empty(), Optional.empty(), refresh, () -> client.authenticate(credentials));
        backend = TillBackend.wire(endpoints, store.outboxQueue(), store.busCursor(), Clock.systemUTC(), QUICK);
        backend.pushChannel().addListener(Runnable::run, statuses::add);
        backend.start();
        awaitThat(() -> latest().state() == ConnectionState.GREEN, "green");
    }

    private void partnerChanged() {
        ObjectNode update = JsonRpcClient.MAPPER.createObjectNode().put("message", "update_partner_fields")
                .put("action", "");
        update.putArray("partner_ids").add(AZURE);
        demo.publish(PosChannels.of(demo.database(), PartnerSyncHandler.CHANNEL, 1), update);
    }

    private String storedName() {
        return store.catalogCache().load().orElseThrow().customer(AZURE).orElseThrow().name();
    }

    @Test
    void aReloadThatFailsUnexpectedlyTurnsTheIconRedWithTheInternalErrorAndTheRefreshComesBack() throws Exception {
        startTill();
        demo.rename("res.partner", AZURE, "Azure Interior Ltd");

        partnerChanged();
        awaitThat(() -> latest().cause().kind() == BusCause.Kind.INTERNAL, "red with the internal error");
        ConnectionStatus red = latest();

        assertThat(red.state()).isEqualTo(ConnectionState.RED);
        StatusWords words = new StatusWords(new MoneyFormat(new Currency(2, "USD", "$", new BigDecimal("0.01"), 2,
                true)), Clock.systemUTC(), ZoneOffset.UTC);
        assertThat(words.push(red)).startsWith("No connection to the server: offline mode.\nSince ")
                .contains(": internal error: IllegalStateException: res.partner 14 came back without a name\n"
                        + "What to do: The catalog refresh starts again by itself");
        assertThat(storedName()).isEqualTo("Azure Interior");

        awaitThat(() -> latest().state() == ConnectionState.GREEN, "green once the refresh runs again");
        partnerChanged();
        awaitThat(() -> storedName().equals("Azure Interior Ltd"), "the next reload, by the refresh that came back");
        assertThat(reads).hasValue(2);
    }
}
