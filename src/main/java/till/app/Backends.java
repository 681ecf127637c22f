package till.app;

import till.catalog.CatalogRefresh;
import till.push.PushConnection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.push.SessionRenewal;
import till.push.WebsocketEndpoint;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.Setup;
import till.setup.SetupFailure;
import till.setup.TillConfig;
import till.logs.LogFiles;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.OdooOrderTransport;
import till.odoo.PosCatalogLoader;
import till.odoo.PosContext;
import till.outbox.FailureKind;
import till.outbox.RetryRequestFile;
import till.outbox.SendFailure;
import till.outbox.SenderOptions;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.store.TillStore;

/**
 * Chooses what the till talks to: the server of {@code till.properties} when the data directory has one, else an
 * in-process demo server whose catalog the till sells from (cached the first time). When neither can be used, a
 * backend that says why through red icons, so the till still sells. Blocks (it starts the demo server and logs in to
 * it): call off the FX thread. Stateless.
 */
final class Backends {

    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);
    /** The demo server's one POS configuration. */
    static final long DEMO_CONFIG_ID = 1;

    private Backends() {
    }

    static TillBackend create(Path dataDir, TillStore store, Clock clock, LinkTimings timings) {
        return create(dataDir, store, clock, timings, Profile.NEWEST);
    }

    /** @param demoProfile the Odoo version the embedded demo server imitates when no server is set up */
    static TillBackend create(Path dataDir, TillStore store, Clock clock, LinkTimings timings, Profile demoProfile) {
        ConfigFile file = new ConfigFile(dataDir);
        TillBackend.Endpoints endpoints;
        if (file.exists()) {
            endpoints = configured(dataDir, file, store);
        } else {
            endpoints = demo(dataDir, store, timings, demoProfile);
        }
        return TillBackend.wire(endpoints, store.outboxQueue(), store.busCursor(), clock, timings,
                senderOptions(dataDir, file));
    }

    /** The configured server's settle time (Odoo's default when none is set up), and retry-rejected's requests. */
    private static SenderOptions senderOptions(Path dataDir, ConfigFile file) {
        SenderOptions options = SenderOptions.defaults().withRequests(new RetryRequestFile(dataDir));
        try {
            return file.exists() ? options.withSettle(file.read().settle()) : options;
        } catch (ConfigException e) {
            // The backend says what is wrong with the file; the sender has nothing to send to anyway.
            return options;
        }
    }

    private static TillBackend.Endpoints configured(Path dataDir, ConfigFile file, TillStore store) {
        try {
            TillConfig config = file.read();
            String password = new PasswordFile(dataDir).read().orElseThrow(() -> new ConfigException("The password"
                    + " was not kept, so the till cannot log in: run till setup again with --keep-password."));
            LOG.info("connecting to {} (database {}, POS configuration {})", config.server(), config.database(),
                    config.posConfigId());
            return endpoints(config, password, dataDir, store, Optional.empty(), Optional.empty());
        } catch (ConfigException e) {
            return unusable(e.getMessage(), store);
        }
    }

    private static TillBackend.Endpoints demo(Path dataDir, TillStore store, LinkTimings timings, Profile profile) {
        DemoServer server;
        try {
            server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withHold(timings.demoHold()));
            // The 17/18 demo shops start without an open session, as the captured databases did; 14/15 keep theirs.
            server.openSession();
        } catch (IOException | RuntimeException e) {
            LOG.warn("the demo server could not start", e);
            return unusable("The demo server could not start (" + e.getMessage() + "); the till sells from the"
                    + " shipped demo catalog and keeps its orders.", store);
        }
        TillConfig config = new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN, DEMO_CONFIG_ID,
                false);
        Optional<PosContext> known = Optional.empty();
        if (store.catalogCache().load().isEmpty()) {
            try {
                Setup.Result result = new Setup(config, DemoServer.PASSWORD).run();
                store.catalogCache().replace(CatalogRefresh.asDemo(result.snapshot().catalog()));
                known = Optional.of(result.snapshot().context());
                LOG.info("demo mode: the demo server's catalog is now this data directory's catalog");
            } catch (SetupFailure e) {
                LOG.warn("demo mode: cannot load the demo server's catalog: {}", e.getMessage());
            }
        }
        return endpoints(config, DemoServer.PASSWORD, dataDir, store, Optional.of(server), known);
    }

    private static TillBackend.Endpoints endpoints(TillConfig config, String password, Path dataDir, TillStore store,
                                                   Optional<DemoServer> demo, Optional<PosContext> known) {
        Credentials credentials = new Credentials(config.database(), config.login(), password);
        JsonRpcClient rpc = JsonRpcClient.create(config.server());
        JsonRpcClient push = config.pushUrl() == null ? rpc : rpc.withServer(config.pushUrl());
        JsonRpcOdooClient busClient = new JsonRpcOdooClient(rpc);
        // The push channel's client re-logs in by itself on code 100 (JsonRpcOdooClient), so customer reloads
        // survive an expired session; a whole reload runs the checks of till setup again.
        CatalogRefresh refresh = new CatalogRefresh(store.catalogCache(), demo.isPresent(),
                () -> new Setup(config, password).run(thisStartsLogin(store)).snapshot().catalog(),
                ids -> PosCatalogLoader.customers(busClient, ids));
        PushConnection.Connector connector = () -> {
            // The same checks as till setup, so a failure reads the same; then the push channel's own session. The
            // products come after, on the refresh's thread: the push channel does not wait for them (docs/catalog.md).
            Setup.Result result = new Setup(config, password).connect(Optional.empty());
            LOG.info("{} {} at {}", LogFiles.SERVER_VERSION, result.version().text(), config.server());
            refresh.connected(result.snapshot().catalog(), result.products());
            busClient.authenticate(credentials);
            return result.snapshot().context();
        };
        if (known.isPresent()) {
            try {
                busClient.authenticate(credentials);
            } catch (till.odoo.OdooException e) {
                known = Optional.empty();
            }
        }
        OdooOrderTransport transport = OrderTransports.toServer(config, password, dataDir);
        return new TillBackend.Endpoints(transport, connector, rpc, push, demo, known, refresh,
                () -> busClient.authenticate(credentials), pos -> websocket(config, pos));
    }

    /**
     * The websocket bus of the POS on a 16+ server; empty for 14 and 15, which long-poll (decision 0082). The bus
     * channel and {@code websocket_worker_version} come with the login and the loaded POS data ({@link PosContext}):
     * 17's {@code pos_session-<id>-<token>}, 18's pos.config access token.
     */
    private static Optional<WebsocketEndpoint> websocket(TillConfig config, PosContext pos) {
        if (!WebsocketEndpoint.serves(pos.profile().major())) {
            return Optional.empty();
        }
        if (pos.busChannel().isEmpty()) {
            throw new IllegalStateException("the POS context of Odoo " + pos.profile().major() + " names no websocket"
                    + " bus channel");
        }
        URI push = config.pushUrl() == null ? config.server() : config.pushUrl();
        return Optional.of(new WebsocketEndpoint(config.server(), push, pos.websocketVersion(),
                List.of(pos.busChannel())));
    }

    /** The POS session and login number of the catalog cached at this start's connection (a reload keeps them). */
    private static Optional<Setup.SessionLogin> thisStartsLogin(TillStore store) {
        return store.catalogCache().load().map(c -> new Setup.SessionLogin(c.settings().sessionId(),
                c.settings().loginNumber()));
    }

    /** A backend that cannot reach any server: sending and the push channel say why, in words. */
    private static TillBackend.Endpoints unusable(String words, TillStore store) {
        JsonRpcClient nowhere = JsonRpcClient.create(URI.create("http://127.0.0.1:9"));
        return new TillBackend.Endpoints(batch -> {
            throw new SendFailure(FailureKind.MISCONFIGURED, words);
        }, () -> {
            // Checked: a settings problem the icon explains, not an internal error.
            throw new ConfigException(words);
        }, nowhere, nowhere, Optional.empty(), Optional.empty(), CatalogRefresh.none(store.catalogCache()),
                SessionRenewal.none());
    }
}
