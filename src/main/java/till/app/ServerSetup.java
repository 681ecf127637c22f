package till.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.catalog.Catalog;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.ServerAddress;
import till.setup.Setup;
import till.setup.SetupFailure;
import till.setup.TillConfig;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.OdooException;
import till.settings.SetupService;
import till.store.TillStore;

/**
 * The setup screen's checks on the real server: the same {@link Setup} steps as {@code till setup}, then the catalog
 * into the open store and the configuration into the data directory. A failure names the field it concerns (the
 * screen shows it there, decision 0245). Thread-safe; blocks on the network and disk.
 */
final class ServerSetup implements SetupService {

    private final Path dataDir;
    private final TillStore store;

    ServerSetup(Path dataDir, TillStore store) {
        this.dataDir = dataDir;
        this.store = store;
    }

    @Override
    public String complete(String address) {
        return ServerAddress.complete(address);
    }

    @Override
    public List<String> databases(String server) throws Exception {
        try {
            return client(server).databases().orElse(List.of());
        } catch (OdooException e) {
            throw new FieldProblem(Field.SERVER, e.getMessage(), e);
        }
    }

    @Override
    public List<PosChoice> posConfigs(String server, String database, String login, String password)
            throws Exception {
        JsonRpcOdooClient client = client(server);
        try {
            client.authenticate(new Credentials(database, login, password));
        } catch (OdooException e) {
            throw new FieldProblem(e.kind() == OdooException.Kind.AUTHENTICATION ? Field.PASSWORD : Field.SERVER,
                    e.getMessage(), e);
        }
        List<PosChoice> choices = new ArrayList<>();
        for (JsonNode config : client.searchRead("pos.config", JsonRpcClient.MAPPER.createArrayNode(),
                List.of("id", "name"), "id", 0)) {
            choices.add(new PosChoice(config.path("id").asLong(), config.path("name").asText()));
        }
        return choices;
    }

    @Override
    public String save(Form form) throws Exception {
        TillConfig config = new TillConfig(url(form.server(), "server URL"), form.pushUrl().isBlank() ? null
                : url(form.pushUrl(), "push URL"), form.database(), form.login(), form.posConfigId(),
                form.keepPassword());
        Setup.Result result;
        try {
            result = new Setup(config, form.password()).run();
        } catch (SetupFailure e) {
            Optional<Field> field = field(e.getMessage());
            throw field.isPresent() ? new FieldProblem(field.get(), e.getMessage(), e) : e;
        }
        Catalog catalog = result.snapshot().catalog();
        store.catalogCache().replace(catalog);
        new ConfigFile(dataDir).write(config);
        PasswordFile kept = new PasswordFile(dataDir);
        if (config.keepPassword()) {
            kept.write(form.password());
        } else {
            kept.delete();
        }
        return "Connected to Odoo " + result.version().text() + " as " + result.login().userName() + ": POS \""
                + result.configName() + "\", session " + result.session().name() + ", " + catalog.products().size()
                + " products cached." + (config.keepPassword() ? "" : " The password was not kept: the till cannot"
                + " send orders until it is.");
    }

    /**
     * Which field a failed check of {@link Setup} concerns, from the step its words begin with; none for the catalog's
     * load, which no field can fix.
     */
    private static Optional<Field> field(String words) {
        if (words.startsWith("Cannot talk to the push URL")) {
            return Optional.of(Field.PUSH_URL);
        }
        if (words.startsWith("Wrong database")) {
            return Optional.of(Field.DATABASE);
        }
        if (words.startsWith("Cannot log in to database")) {
            return Optional.of(Field.PASSWORD);
        }
        if (words.startsWith("Wrong POS configuration") || words.startsWith("There is no open POS session")
                || words.startsWith("Cannot look for the open POS session")
                || words.startsWith("Cannot log in to POS session")) {
            return Optional.of(Field.POS);
        }
        if (words.startsWith("Cannot talk to the server") || words.startsWith("Unsupported server")
                || words.startsWith("Cannot list the databases")) {
            return Optional.of(Field.SERVER);
        }
        return Optional.empty();
    }

    private static JsonRpcOdooClient client(String server) throws FieldProblem {
        return new JsonRpcOdooClient(JsonRpcClient.create(url(server, "server URL")));
    }

    private static URI url(String text, String what) throws FieldProblem {
        try {
            URI uri = new URI(text.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new FieldProblem(what.equals("push URL") ? Field.PUSH_URL : Field.SERVER, "The " + what + " \""
                + text + "\" is not a web address such as https://odoo.example.com", null);
    }
}
