package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.CatalogRefresh;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.odoo.JsonRpcClient;
import till.odoo.PosContext;
import till.odoo.VersionProfile;
import till.outbox.FailureKind;
import till.outbox.SendFailure;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.push.SessionRenewal;
import till.push.WebsocketEndpoint;
import till.store.TillStore;
import till.testsupport.Await;
import till.worker.Backoff;

/**
 * The transport choice as the till wires it ({@link TillBackend#wire}): a POS whose login named a websocket bus
 * pushes over the websocket, one that did not long-polls; a real demo server, a real H2 store, real sockets.
 */
class WebsocketWiringTest {

    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));

    @TempDir
    Path dataDir;
    private final List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();
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

    private void serve(Profile profile) throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withHold(Duration.ofMillis(300)));
        demo.openSession();
    }

    /** Wires a till on the demo server; {@code websocket} is what its login says about the bus. */
    private void startTill(Optional<WebsocketEndpoint> websocket) {
        store = TillStore.open(dataDir, Clock.systemUTC());
        JsonRpcClient rpc = JsonRpcClient.create(demo.url());
        PosContext pos = new PosContext(VersionProfile.V15, demo.database(), 1, 3, 1, 2, null, Optional.empty(),
                Optional.empty());
        TillBackend.Endpoints endpoints = new TillBackend.Endpoints(batch -> {
            throw new SendFailure(FailureKind.RETRYABLE, "no orders in this test");
        }, () -> pos, rpc, rpc, Optional.empty(), Optional.of(pos), CatalogRefresh.none(store.catalogCache()),
                SessionRenewal.none(), known -> websocket);
        backend = TillBackend.wire(endpoints, store.outboxQueue(), store.busCursor(), Clock.systemUTC(), QUICK);
        backend.pushChannel().addListener(Runnable::run, statuses::add);
        backend.start();
        Await.until(() -> latest().state() == ConnectionState.GREEN, "green; seen " + statuses, 10);
    }

    private ConnectionStatus latest() {
        return statuses.get(statuses.size() - 1);
    }

    @Test
    void aPosOnASixteenPlusServerPushesOverTheWebsocket() throws Exception {
        serve(Profile.V18);

        startTill(Optional.of(new WebsocketEndpoint(demo.url(), demo.url(), "18.0-3", List.of(demo.posChannel()))));

        Await.until(() -> demo.openWebsockets() == 1, "one websocket", 10);
        assertThat(demo.heldPolls()).isZero();
        assertThat(statuses.stream().map(ConnectionStatus::state)).containsExactly(ConnectionState.STOPPED,
                ConnectionState.ROTATING, ConnectionState.GREEN);
    }

    @Test
    void aPosWhoseLoginNamedNoWebsocketLongPolls() throws Exception {
        serve(Profile.V15);

        startTill(Optional.empty());

        Await.until(() -> demo.heldPolls() == 1, "a held long poll", 10);
        assertThat(demo.openWebsockets()).isZero();
    }
}
