package till.setup;

import java.util.List;
import java.util.Optional;
import till.catalog.ProductFeed;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.Login;
import till.odoo.OdooException;
import till.odoo.PosCatalogLoader;
import till.odoo.PosConfigs;
import till.odoo.PosSession;
import till.odoo.PosShop;
import till.odoo.PosSnapshot;
import till.odoo.ServerVersion;
import till.odoo.VersionProfile;

/**
 * Checks a till's settings against the server, step by step, the way an admin would: reachable, Odoo, supported
 * version, database, login, POS configuration, open session; then loads the catalog. Each failed step becomes a
 * {@link SetupFailure} in words. Blocks on the network; confined to the calling thread.
 */
public final class Setup {

    /**
     * What a successful setup found. Immutable.
     *
     * @param products where the products come apart from the snapshot ({@link #connect}), their feed
     */
    public record Result(ServerVersion version, Login login, String configName, PosSession session,
                         PosSnapshot snapshot, Optional<ProductFeed> products) {

        public Result(ServerVersion version, Login login, String configName, PosSession session,
                      PosSnapshot snapshot) {
            this(version, login, configName, session, snapshot, Optional.empty());
        }
    }

    private final TillConfig config;
    private final String password;

    public Setup(TillConfig config, String password) {
        this.config = config;
        this.password = password;
    }

    /**
     * A POS session this start of the till has already logged in to, with the login number Odoo gave. Immutable.
     */
    public record SessionLogin(long sessionId, int loginNumber) {
    }

    /** Checks everything and logs in to the open POS session ({@code pos.session.login}: once per start). */
    public Result run() throws SetupFailure {
        return run(Optional.empty());
    }

    /**
     * Like {@link #run()}, for a reload within the same start: when {@code known}'s session is still the open one, its
     * login number is kept and {@code pos.session.login} is not called again; a new session gets a new login.
     */
    public Result run(Optional<SessionLogin> known) throws SetupFailure {
        return run(known, false);
    }

    /**
     * Like {@link #run(Optional)} for a till connecting: where the server's version pages its products, the snapshot
     * comes without them and the result carries their feed, so the push channel need not wait for 50 000 products
     * (docs/catalog.md); else as {@link #run(Optional)}.
     */
    public Result connect(Optional<SessionLogin> known) throws SetupFailure {
        return run(known, true);
    }

    private Result run(Optional<SessionLogin> known, boolean productsApart) throws SetupFailure {
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(config.server()));
        ServerVersion version = step("Cannot talk to the server at " + config.server(), client::version);
        VersionProfile profile = supported(version);
        if (config.pushUrl() != null) {
            JsonRpcOdooClient push = new JsonRpcOdooClient(client.rpc().withServer(config.pushUrl()));
            step("Cannot talk to the push URL " + config.pushUrl(), push::version);
        }
        Optional<List<String>> databases = step("Cannot list the databases", client::databases);
        if (databases.isPresent() && !databases.get().contains(config.database())) {
            throw new SetupFailure("Wrong database: the server has no database \"" + config.database()
                    + "\" (it offers: " + String.join(", ", databases.get()) + ").", null);
        }
        Login login = step("Cannot log in to database \"" + config.database() + "\" as \"" + config.login() + "\"",
                () -> client.authenticate(new Credentials(config.database(), config.login(), password)));
        String configName = step("Wrong POS configuration",
                () -> PosConfigs.read(client, config.posConfigId()).path("name").asText());
        PosSession session = step("Cannot look for the open POS session", () -> client.openSession(
                config.posConfigId())).orElseThrow(() -> new SetupFailure("There is no open POS session for \""
                + configName + "\" (POS configuration " + config.posConfigId() + "). Open one in Odoo: Point of Sale"
                + " > Dashboard > \"" + configName + "\" > New Session (or Open Session), then run till setup"
                + " again.", null));
        Optional<Integer> kept = known.filter(k -> k.sessionId() == session.id()).map(SessionLogin::loginNumber);
        int loginNumber = kept.isPresent() ? kept.get() : step("Cannot log in to POS session " + session.name(),
                () -> profile.logInToSession(client, session));
        PosCatalogLoader loader = new PosCatalogLoader(client, profile, login);
        if (productsApart) {
            PosShop shop = step("Cannot load the catalog", () -> loader.loadShop(config.posConfigId(), session,
                    loginNumber));
            return new Result(version, login, configName, session, shop.snapshot(), shop.products());
        }
        PosSnapshot snapshot = step("Cannot load the catalog",
                () -> loader.load(config.posConfigId(), session, loginNumber));
        return new Result(version, login, configName, session, snapshot);
    }

    /** The profile of the server's version, or the failure that says which version it runs and which Till speaks. */
    private static VersionProfile supported(ServerVersion version) throws SetupFailure {
        try {
            return VersionProfile.of(version);
        } catch (OdooException e) {
            throw SetupFailure.unsupportedServer("Unsupported server: " + e.getMessage(), e);
        }
    }

    /** One network step whose failure becomes "what was being done: what went wrong". */
    private static <T> T step(String doing, OdooStep<T> action) throws SetupFailure {
        try {
            return action.run();
        } catch (OdooException e) {
            String words = e.getMessage();
            String odooSays = e.serverMessage().filter(m -> !words.contains(firstLine(m)))
                    .map(m -> " (Odoo says: " + firstLine(m) + ")").orElse("");
            throw new SetupFailure(doing + ": " + words + odooSays, e);
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    /** A call to the server during setup. */
    @FunctionalInterface
    private interface OdooStep<T> {
        T run() throws OdooException;
    }
}
