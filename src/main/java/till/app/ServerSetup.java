package till.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import till.catalog.Catalog;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.Setup;
import till.setup.TillConfig;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.settings.SetupService;
import till.store.TillStore;

/**
 * The setup screen's checks on the real server: the same {@link Setup} steps as {@code till setup}, then the catalog
 * into the open store and the configuration into the data directory. Thread-safe; blocks on the network and disk.
 */
final class ServerSetup implements SetupService {

    private final Path dataDir;
    private final TillStore store;

    ServerSetup(Path dataDir, TillStore store) {
        this.dataDir = dataDir;
        this.store = store;
    }

    @Override
    public List<String> databases(String server) throws Exception {
        return client(server).databases().orElse(List.of());
    }

    @Override
    public List<PosChoice> posConfigs(String server, String database, String login, String password)
            throws Exception {
        JsonRpcOdooClient client = client(server);
        client.authenticate(new Credentials(database, login, password));
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
        Setup.Result result = new Setup(config, form.password()).run();
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

    private static JsonRpcOdooClient client(String server) throws SetupFailureWords {
        return new JsonRpcOdooClient(JsonRpcClient.create(url(server, "server URL")));
    }

    private static URI url(String text, String what) throws SetupFailureWords {
        try {
            URI uri = new URI(text.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new SetupFailureWords("The " + what + " \"" + text + "\" is not a web address such as"
                + " https://odoo.example.com");
    }

    /** A setup input that cannot be used; the message says why. */
    static final class SetupFailureWords extends Exception {
        SetupFailureWords(String message) {
            super(message);
        }
    }
}
