package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.Profile;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;
import till.worker.Backoff;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.store.TillStore;
import till.testsupport.Await;

/** Which server the till talks to, from its data directory, on a real store and a real demo server on loopback. */
class BackendsTest {

    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));

    @TempDir
    Path dataDir;
    private final List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();
    private TillStore store;
    private TillBackend backend;
    private DemoServer server;

    @AfterEach
    void close() {
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

    private void start() {
        store = TillStore.open(dataDir, Clock.systemUTC());
        backend = Backends.create(dataDir, store, Clock.systemUTC(), QUICK);
        backend.pushChannel().addListener(Runnable::run, statuses::add);
        backend.start();
    }

    private static void awaitThat(BooleanSupplier condition, String what) {
        Await.until(condition, what, 10);
    }

    private boolean reached(ConnectionState state) {
        return statuses.stream().anyMatch(s -> s.state() == state);
    }

    @Test
    void aConfiguredServerIsUsedWithTheKeptPasswordAndNoDemoServerStarts() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withHold(Duration.ofMillis(300)));
        new ConfigFile(dataDir).write(new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true));
        new PasswordFile(dataDir).write(DemoServer.PASSWORD);

        start();

        awaitThat(() -> reached(ConnectionState.GREEN), "green");
        assertThat(backend.demoServer()).isEmpty();
        assertThat(store.catalogCache().load()).as("the server's catalog, cached when the till connected")
                .hasValueSatisfying(c -> assertThat(c.settings().demo()).isFalse());
    }

    @Test
    void aConfiguredServerWithoutAKeptPasswordIsRedAndSaysWhatToDo() throws Exception {
        new ConfigFile(dataDir).write(new TillConfig(URI.create("http://127.0.0.1:9"), null, "shop", "admin", 1,
                false));

        start();

        awaitThat(() -> reached(ConnectionState.RED), "red");
        assertThat(statuses.get(statuses.size() - 1).cause().words()).contains("till setup", "--keep-password");
    }

    @Test
    void aServerThatRefusesTheLoginIsRedWithTheReasonInWords() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withHold(Duration.ofMillis(300)));
        new ConfigFile(dataDir).write(new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true));
        new PasswordFile(dataDir).write("not the password");

        start();

        awaitThat(() -> reached(ConnectionState.RED), "red");
        assertThat(statuses.get(statuses.size() - 1).cause().words()).startsWith("Cannot log in to database");
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void aConfiguredSeventeenOrEighteenServerPushesOverItsWebsocketAndNotByLongPolling(Profile profile)
            throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withHold(Duration.ofMillis(300)));
        server.openSession();
        new ConfigFile(dataDir).write(new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true));
        new PasswordFile(dataDir).write(DemoServer.PASSWORD);

        start();

        awaitThat(() -> reached(ConnectionState.GREEN), "green");
        awaitThat(() -> server.openWebsockets() == 1, "one websocket subscribed to the POS's channel");
        assertThat(server.heldPolls()).as("no long poll on a websocket server").isZero();
    }
}
