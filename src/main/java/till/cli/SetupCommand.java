package till.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import till.catalog.Catalog;
import till.catalog.TaxDisplay;
import till.i18n.LanguageChoice;
import till.order.LargeSale;
import till.pin.ManagerPin;
import till.pin.ManagerPinFile;
import till.print.PaperWidth;
import till.print.PrinterDevice;
import till.setup.CatalogCacheWriter;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.LargeSaleKeys;
import till.setup.PasswordFile;
import till.setup.PrinterConfig;
import till.setup.ServerAddress;
import till.setup.Setup;
import till.setup.SetupFailure;
import till.setup.TillConfig;

/**
 * {@code till setup}: checks the settings against the server, caches the catalog and writes {@code till.properties}
 * (exit 0), or says what is wrong (exit 1; 3 for an Odoo version Till does not speak). Confined to the thread that
 * runs the command line.
 */
@Command(name = "setup", description = "--server URL [--push-url URL] --db DB --login LOGIN --password-file FILE"
        + " --pos-config ID [--keep-password] [--manager-pin-file FILE] [--printer DEVICE [--paper 58|80]"
        + " [--auto-print]] [--confirm-above-amount AMOUNT] [--confirm-above-quantity QTY]: connect the till to"
        + " Odoo (and its receipt printer)")
final class SetupCommand implements Callable<Integer> {

    @Option(names = "--server", paramLabel = "URL", required = true, description = "the Odoo server's address")
    private String server;

    @Option(names = "--push-url", paramLabel = "URL",
            description = "where the push channel goes, when the proxy routes it to another port or host")
    private String pushUrl;

    @Option(names = "--db", paramLabel = "DB", required = true, description = "the Odoo database")
    private String database;

    @Option(names = "--login", paramLabel = "LOGIN", required = true, description = "the Odoo user the till works as")
    private String login;

    @Option(names = "--password-file", paramLabel = "FILE", required = true,
            description = "a file whose first line is the password")
    private Path passwordFile;

    @Option(names = "--pos-config", paramLabel = "ID", required = true,
            description = "the id of the POS configuration the till sells for")
    private String posConfig;

    @Option(names = "--keep-password", description = "keep the password (owner-only) so the till can log in again")
    private boolean keepPassword;

    @Option(names = "--manager-pin-file", paramLabel = "FILE", description = "set the first manager PIN from FILE")
    private Path managerPinFile;

    @Option(names = "--printer", paramLabel = "DEVICE",
            description = "the receipt printer: tcp://HOST[:PORT], file:/dev/usb/lp0, queue:NAME (docs/printing.md)")
    private String printer;

    @Option(names = "--paper", paramLabel = "MM", description = "the printer's paper: 58 or 80 (default: 80)")
    private String paper;

    @Option(names = "--language", paramLabel = "LANG",
            description = "the till's language (fr_BE, de, en-XA: pseudo-locale); default: the Odoo user's language")
    private String language;

    @Option(names = "--auto-print", description = "print the receipt right after each payment (else on Print)")
    private boolean autoPrint;

    @Option(names = "--confirm-above-amount", paramLabel = "AMOUNT",
            description = "ask the cashier to confirm a sale whose total is above AMOUNT (default: 10000; 0: never)")
    private String confirmAboveAmount;

    @Option(names = "--confirm-above-quantity", paramLabel = "QTY",
            description = "ask the cashier to confirm a sale with a line above QTY units (default: 1000; 0: never)")
    private String confirmAboveQuantity;

    private final CommandContext context;
    private final CatalogCacheWriter catalogCache;
    private final Clock clock;

    /** @param clock times the manager PIN's attempts */
    SetupCommand(CommandContext context, CatalogCacheWriter catalogCache, Clock clock) {
        this.context = context;
        this.catalogCache = catalogCache;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        TillConfig config;
        String password;
        try {
            // An address without a scheme is completed as the setup screen completes it (decision 0245).
            config = new TillConfig(ConfigFile.url("command line", "--server", ServerAddress.complete(server)),
                    pushUrl != null ? ConfigFile.url("command line", "--push-url", ServerAddress.complete(pushUrl))
                            : null,
                    database, login, configId(posConfig), keepPassword);
            password = PasswordFile.readGiven(passwordFile);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<PrinterConfig> printerConfig = printerConfig();
        if (language != null && LanguageChoice.parse(language).isEmpty()) {
            throw new UsageException("--language \"" + language + "\" is not a language such as fr, fr_BE or de-DE.");
        }
        Optional<LargeSale> largeSale = largeSale();
        ManagerPin managerPin = new ManagerPin(context.dataDir(), clock);
        Optional<String> pin = firstManagerPin(managerPin);
        Setup.Result result;
        try {
            result = new Setup(config, password).run();
        } catch (SetupFailure e) {
            context.err().println("till setup: " + e.getMessage());
            // An Odoo version Till does not speak is the admin's configuration to change, not a passing failure.
            return e.unsupportedServer() ? 3 : 1;
        }
        Catalog catalog = result.snapshot().catalog();
        catalogCache.replace(context.dataDir(), catalog);
        ConfigFile file = new ConfigFile(context.dataDir());
        file.write(config);
        if (printerConfig.isPresent()) {
            file.writePrinter(printerConfig.get());
            context.out().println("Receipt printer: " + printer + " (" + paperWords() + " mm paper), receipts print "
                    + (autoPrint ? "after each payment" : "when Print is pressed") + ".");
        }
        if (language != null) {
            file.writeLanguage(Optional.of(language.strip()));
            context.out().println("Language: " + language.strip() + " (whatever the Odoo user's language).");
        }
        if (largeSale.isPresent()) {
            file.writeLargeSale(largeSale.get());
            context.out().println("A sale is confirmed before payment above a total of "
                    + largeSale.get().amount().toPlainString() + " or a line of "
                    + largeSale.get().quantity().toPlainString() + " units (0: never).");
        }
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

    /**
     * The limits of {@code --confirm-above-*}, checked before anything is done; a limit not given stays as the file
     * has it (else its default). Empty when neither is given: the file's keys are left as they are.
     */
    private Optional<LargeSale> largeSale() throws UsageException {
        if (confirmAboveAmount == null && confirmAboveQuantity == null) {
            return Optional.empty();
        }
        try {
            LargeSale before;
            try {
                before = new ConfigFile(context.dataDir()).readLargeSale();
            } catch (ConfigException e) {
                before = LargeSale.DEFAULT;
            }
            return Optional.of(new LargeSale(
                    LargeSaleKeys.limit("command line", "--confirm-above-amount", confirmAboveAmount, before.amount()),
                    LargeSaleKeys.limit("command line", "--confirm-above-quantity", confirmAboveQuantity,
                            before.quantity())));
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The printer of {@code --printer}, checked before anything is done; the drawer and code table as they were. */
    private Optional<PrinterConfig> printerConfig() throws UsageException {
        if (printer == null) {
            if (paper != null || autoPrint) {
                throw new UsageException("--paper and --auto-print go with --printer DEVICE");
            }
            return Optional.empty();
        }
        try {
            PrinterDevice.parse(printer);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--printer " + e.getMessage());
        }
        PaperWidth width = paperOrDefault();
        PrinterConfig before;
        try {
            before = new ConfigFile(context.dataDir()).readPrinter();
        } catch (ConfigException e) {
            // A broken printer key of the file being replaced: --printer replaces the printer keys.
            before = PrinterConfig.NONE;
        }
        return Optional.of(before.withDevice(printer.strip(), width, autoPrint));
    }

    private PaperWidth paperOrDefault() throws UsageException {
        try {
            return PrinterConfig.paper("--paper", paperWords());
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private String paperWords() {
        return paper == null ? "80" : paper;
    }

    /** The PIN of {@code --manager-pin-file}, checked before anything is done; setup never replaces a set PIN. */
    private Optional<String> firstManagerPin(ManagerPin managerPin) throws UsageException {
        if (managerPinFile == null) {
            return Optional.empty();
        }
        if (managerPin.isSet()) {
            throw new UsageException("a manager PIN is set already: change it with till manager-pin --pin-file FILE"
                    + " --old-pin-file FILE");
        }
        return Optional.of(ManagerPinCommand.givenPin(managerPinFile));
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
        context.out().printf("Prices shown tax %s (iface_tax_included = %s).%n",
                catalog.settings().taxDisplay() == TaxDisplay.INCLUDED ? "included" : "excluded",
                catalog.settings().taxDisplay().odoo());
        context.out().printf("Configuration written to %s%s.%n", file,
                config.keepPassword() ? " (password kept in " + PasswordFile.NAME + ", owner-only)" : "");
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
