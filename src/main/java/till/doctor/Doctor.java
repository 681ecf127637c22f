package till.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.push.BusCalls;
import till.push.BusCause;
import till.push.BusFailures;
import till.push.WebsocketEndpoint;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.OdooClient;
import till.odoo.OdooException;
import till.odoo.PosConfigs;
import till.odoo.PosSession;
import till.odoo.ServerVersion;
import till.odoo.UnusableAnswer;
import till.odoo.VersionProfile;

/**
 * Runs every check a support person would run against an Odoo server for a till, in order, each finding in words with
 * what to change. A check that cannot run because an earlier one failed is left out. Blocks on the network; confined to
 * the calling thread.
 */
final class Doctor {

    /** The check that fails when the server runs an Odoo version Till does not speak. */
    static final String VERSION = "version";
    /** The check that fails when an Odoo 19 POS has no invoice journal (so every order is refused). */
    static final String INVOICE_JOURNAL = "invoice-journal";

    private static final String VERSION_INFO = "/web/webclient/version_info";
    private final DoctorOptions options;
    private final JsonRpcOdooClient client;
    private final List<Check> checks = new ArrayList<>();

    Doctor(DoctorOptions options) {
        this.options = options;
        this.client = new JsonRpcOdooClient(JsonRpcClient.create(options.server()));
    }

    List<Check> run() {
        Optional<ServerVersion> version = server();
        Optional<VersionProfile> profile = version.flatMap(this::profile);
        boolean websocket = version.map(v -> WebsocketEndpoint.serves(v.major())).orElse(false);
        if (profile.isPresent() || websocket) {
            database();
            boolean pingPong = false;
            if (profile.isPresent()) {
                pingPong = loginAndPos(profile.get());
            } else {
                // The POS checks read the POS as its version's profile does: a 16+ server without one gets the login.
                login();
            }
            if (websocket) {
                websocket();
            } else {
                longPolling(pingPong, profile.get());
            }
        }
        return withLimits();
    }

    private List<Check> withLimits() {
        options.limits().ifPresentOrElse(l -> add(l.check()), () -> add(Check.skipped("connection-limit", "give"
                + " --workers, --max-cron-threads, --db-maxconn and --max-connections, or --odoo-conf FILE")));
        options.timeLimit().ifPresent(t -> add(t.check()));
        return List.copyOf(checks);
    }

    private void longPolling(boolean pingPong, VersionProfile profile) {
        JsonRpcClient push = options.pushUrl() == null ? client.rpc() : client.rpc().withServer(options.pushUrl());
        PushChecks bus = new PushChecks(new BusCalls(client.rpc(), push), options.database(), options.configId(),
                options.holdBound());
        Check route = add(bus.route());
        if (route.ok()) {
            add(bus.hold());
            add(bus.wake(pingPong, profile.mayHavePosLongpolling()));
        }
    }

    /** 16+: the websocket through the push URL, with the version the login's session names (if logged in). */
    private void websocket() {
        WebsocketChecks socket = new WebsocketChecks(options.server(), options.pushServer(), websocketVersion());
        try {
            socket.socket().forEach(this::add);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            add(Check.fail("websocket", "Interrupted.", ""));
        }
        add(socket.health());
    }

    private String websocketVersion() {
        if (client.login().isEmpty()) {
            return "";
        }
        try {
            return client.rpc().call("/web/session/get_session_info", JsonRpcClient.MAPPER.createObjectNode(),
                    OdooClient.CALL_TIMEOUT).path("websocket_worker_version").asText("");
        } catch (OdooException e) {
            return "";
        }
    }

    private Optional<ServerVersion> server() {
        long start = System.nanoTime();
        try {
            ServerVersion version = client.version();
            String tls = "https".equals(options.server().getScheme()) ? " over TLS with a trusted certificate" : "";
            add(Check.pass("server", options.server() + " answered" + tls + " in " + (System.nanoTime() - start)
                    / 1_000_000 + " ms."));
            return Optional.of(version);
        } catch (OdooException e) {
            add(serverFailed(e));
            return Optional.empty();
        }
    }

    private Optional<VersionProfile> profile(ServerVersion version) {
        try {
            VersionProfile profile = VersionProfile.of(version);
            add(Check.pass(VERSION, "Odoo " + version.text() + "."));
            return Optional.of(profile);
        } catch (OdooException e) {
            String also = WebsocketEndpoint.serves(version.major()) ? " Its push channel (the websocket) is checked"
                    + " below all the same." : "";
            add(Check.fail(VERSION, e.getMessage() + also, "Use Till with an Odoo 14, 15, 17, 18 or 19 server."));
            return Optional.empty();
        }
    }

    /**
     * The first call failed. Every Odoo answers {@code version_info}, so an answer that is not Odoo's (a page, no
     * JSON-RPC, no such route) means the address is not an Odoo server's; a proxy's 502-504 and network failures say
     * what the push channel would say.
     */
    private Check serverFailed(OdooException e) {
        boolean proxy = e.httpStatus() >= 502 && e.httpStatus() <= 504;
        Optional<String> notOdoo = UnusableAnswer.behind(e).map(UnusableAnswer::what)
                .or(() -> Optional.ofNullable(BusFailures.odooHasNoRoute(e) ? "an answer that it has no such route"
                        : null));
        if (e.transport() == OdooException.Transport.NONE && !proxy && notOdoo.isPresent()) {
            return Check.fail("server", "What answers at " + options.server() + " is not an Odoo server: "
                    + VERSION_INFO + ", which every Odoo answers, got " + notOdoo.get() + ".", "Check the address"
                    + " (till doctor --server, till setup --server): it must be the Odoo server's, e.g."
                    + " http://odoo.example.com:8069, or that of a proxy that forwards to Odoo, not another web"
                    + " site's.");
        }
        BusCause cause = BusFailures.of(e, VERSION_INFO, options.server().toString());
        return Check.fail("server", cause.words(), cause.advice());
    }

    private void database() {
        try {
            Optional<List<String>> names = client.databases();
            if (names.isEmpty()) {
                add(Check.pass("database", "The server hides its database list; \"" + options.database()
                        + "\" is checked by the login."));
            } else if (names.get().contains(options.database())) {
                add(Check.pass("database", "The server has the database \"" + options.database() + "\"."));
            } else {
                add(Check.fail("database", "The server has no database \"" + options.database() + "\" (it offers: "
                        + String.join(", ", names.get()) + ").", "Use one of those names (till setup --db)."));
            }
        } catch (OdooException e) {
            add(Check.fail("database", e.getMessage(), ""));
        }
    }

    /** Login, POS configuration and open session; returns whether the server has pos_longpolling for that POS. */
    private boolean loginAndPos(VersionProfile profile) {
        if (!login()) {
            return false;
        }
        if (options.configId() <= 0) {
            add(Check.skipped("pos", "no POS configuration given (--pos-config)"));
            return false;
        }
        try {
            JsonNode config = PosConfigs.read(client, options.configId());
            boolean module = profile.mayHavePosLongpolling() && config.has("longpolling_pong_timeout");
            add(Check.pass("pos", "POS \"" + config.path("name").asText() + "\" (configuration "
                    + options.configId() + ")" + (module ? ", with pos_longpolling (PING/PONG)." : ".")));
            if (profile.needsInvoiceJournal()) {
                add(invoiceJournal(config, profile));
            }
            Optional<PosSession> session = client.openSession(options.configId());
            add(session.map(s -> Check.pass("pos-session", "Session " + s.name() + " is " + s.state() + "."))
                    .orElseGet(() -> Check.fail("pos-session", "No session is open for this POS.", "Open one in Odoo:"
                            + " Point of Sale > Dashboard > New Session.")));
            return module;
        } catch (OdooException e) {
            add(Check.fail("pos", e.getMessage(), "Check the POS configuration id (till setup --pos-config)."));
            return false;
        }
    }

    /** 19 refuses every order of a configuration without an invoice journal; the admin must set one first. */
    private static Check invoiceJournal(JsonNode config, VersionProfile profile) {
        JsonNode journal = config.path("invoice_journal_id");
        String name = config.path("name").asText();
        if (journal.isArray() && journal.path(0).asLong() > 0) {
            return Check.pass(INVOICE_JOURNAL, "POS \"" + name + "\" has an invoice journal ("
                    + journal.path(1).asText() + "), which Odoo " + profile.major() + " needs to take its orders.");
        }
        return Check.fail(INVOICE_JOURNAL, "POS \"" + name + "\" has no invoice journal: Odoo " + profile.major()
                + " refuses every order of this POS until it has one (the till keeps them and sends them then).",
                "In Odoo: Point of Sale > Configuration > Settings, choose the POS \"" + name + "\", and set an"
                + " Invoice Journal under Accounting (e.g. Sales); then till outbox retry-rejected.");
    }

    /** Logs in when a password was given; returns whether that worked. */
    private boolean login() {
        if (options.password().isEmpty() || options.login() == null) {
            add(Check.skipped("login", "no password given (--login and --password-file)"));
            return false;
        }
        try {
            client.authenticate(new Credentials(options.database(), options.login(), options.password().get()));
            add(Check.pass("login", "Logged in to \"" + options.database() + "\" as \"" + options.login() + "\"."));
            return true;
        } catch (OdooException e) {
            add(Check.fail("login", e.getMessage(), "Check the login and the password (till setup)."));
            return false;
        }
    }

    private Check add(Check check) {
        checks.add(check);
        return check;
    }
}
