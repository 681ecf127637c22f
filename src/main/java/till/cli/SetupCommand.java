package till.cli;

import till.setup.CatalogCacheWriter;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.Setup;
import till.setup.SetupFailure;
import till.setup.TillConfig;
import till.pin.ManagerPin;
import till.pin.ManagerPinFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import till.catalog.Catalog;

/**
 * {@code till setup}: checks the settings against the server, caches the catalog and writes {@code till.properties}
 * (exit 0), or says what is wrong (exit 1). Runs on the calling thread.
 */
public final class SetupCommand implements Command {

    private static final List<String> VALUED = List.of("--server", "--push-url", "--db", "--login", "--password-file",
            "--pos-config", "--manager-pin-file");

    private final CatalogCacheWriter catalogCache;

    public SetupCommand(CatalogCacheWriter catalogCache) {
        this.catalogCache = catalogCache;
    }

    @Override
    public String name() {
        return "setup";
    }

    @Override
    public String summary() {
        return "--server URL [--push-url URL] --db DB --login LOGIN --password-file FILE --pos-config ID"
                + " [--keep-password] [--manager-pin-file FILE]: connect the till to Odoo";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Map<String, String> options = parse(args);
        TillConfig config;
        String password;
        try {
            config = new TillConfig(ConfigFile.url("command line", "--server", options.get("--server")),
                    options.containsKey("--push-url")
                            ? ConfigFile.url("command line", "--push-url", options.get("--push-url")) : null,
                    options.get("--db"), options.get("--login"), configId(options.get("--pos-config")),
                    options.containsKey("--keep-password"));
            password = PasswordFile.readGiven(Path.of(options.get("--password-file")));
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        ManagerPin managerPin = new ManagerPin(context.dataDir(), Clock.systemUTC());
        Optional<String> pin = firstManagerPin(options, managerPin);
        Setup.Result result;
        try {
            result = new Setup(config, password).run();
        } catch (SetupFailure e) {
            context.err().println("till setup: " + e.getMessage());
            return 1;
        }
        Catalog catalog = result.snapshot().catalog();
        catalogCache.replace(context.dataDir(), catalog);
        ConfigFile file = new ConfigFile(context.dataDir());
        file.write(config);
        PasswordFile kept = new PasswordFile(context.dataDir());
        if (config.keepPassword()) {
            kept.write(password);
        } else {
            kept.delete();
        }
        if (pin.isPresent()) {
            managerPin.set(pin.get());
            context.out().println("Manager PIN set (kept as a salted hash in " + ManagerPinFile.NAME + ").");
        }
        report(context, config, result, file.path(), catalog);
        return 0;
    }

    /** The PIN of {@code --manager-pin-file}, checked before anything is done; setup never replaces a set PIN. */
    private static Optional<String> firstManagerPin(Map<String, String> options, ManagerPin managerPin)
            throws UsageException {
        if (!options.containsKey("--manager-pin-file")) {
            return Optional.empty();
        }
        if (managerPin.isSet()) {
            throw new UsageException("a manager PIN is set already: change it with till manager-pin --pin-file FILE"
                    + " --old-pin-file FILE");
        }
        return Optional.of(ManagerPinCommand.givenPin(Path.of(options.get("--manager-pin-file"))));
    }

    private static void report(CommandContext context, TillConfig config, Setup.Result result, Path file,
                               Catalog catalog) {
        context.out().printf("Connected to Odoo %s at %s, database %s, as %s.%n", result.version().text(),
                config.server(), config.database(), result.login().userName());
        context.out().printf("POS \"%s\" (configuration %d), session %s (%s), login number %d.%n",
                result.configName(), config.posConfigId(), result.session().name(), result.session().state(),
                catalog.settings().loginNumber());
        context.out().printf("Catalog cached: %d products, %d categories, %d taxes, %d payment methods,"
                        + " %d customers.%n", catalog.products().size(), catalog.categories().size(),
                catalog.taxes().size(), catalog.paymentMethods().size(), catalog.customers().size());
        context.out().printf("Configuration written to %s%s.%n", file,
                config.keepPassword() ? " (password kept in " + PasswordFile.NAME + ", owner-only)" : "");
    }

    private static Map<String, String> parse(List<String> args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (option.equals("--keep-password")) {
                options.put(option, "true");
            } else if (VALUED.contains(option)) {
                if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                    throw new UsageException(option + " needs a value");
                }
                options.put(option, rest.remove(0));
            } else {
                throw new UsageException("unknown option " + option);
            }
        }
        for (String required : List.of("--server", "--db", "--login", "--password-file", "--pos-config")) {
            if (!options.containsKey(required)) {
                throw new UsageException(required + " is required");
            }
        }
        return options;
    }

    private static long configId(String text) throws ConfigException {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("--pos-config is \"" + text + "\", expected a positive whole number (the id of the"
                + " POS configuration in Odoo)");
    }
}
