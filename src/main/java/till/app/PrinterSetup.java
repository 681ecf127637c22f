package till.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import till.print.PaperWidth;
import till.print.PrinterCheck;
import till.print.PrinterSettings;
import till.print.Printers;
import till.settings.PrinterService;
import till.setup.ConfigFile;
import till.setup.PrinterConfig;
import till.worker.ExecutorScheduler;

/**
 * The settings screen's printer section on the real printer and {@code till.properties}: the test page is
 * {@code till printer test}'s, saving writes the printer keys alone. Thread-safe; blocks on the printer and disk.
 */
final class PrinterSetup implements PrinterService {

    private final Path dataDir;
    private final Clock clock;

    PrinterSetup(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    @Override
    public Form current() throws Exception {
        PrinterConfig config = new ConfigFile(dataDir).readPrinter();
        return new Form(config.device().orElse(""), paper(config.width()), config.autoPrint(), config.drawer());
    }

    @Override
    public String test(Form form) throws Exception {
        PrinterSettings settings = settings(form);
        try (ExecutorScheduler timer = new ExecutorScheduler("print-timer")) {
            PrinterCheck.Result result = PrinterCheck.test(Printers.open(settings, timer, clock), settings.width(), "",
                    clock);
            return result.printed() ? "The test page printed on " + result.device() + "."
                    : "The test page did not print on " + result.device() + ": " + result.cause();
        }
    }

    @Override
    public String save(Form form) throws Exception {
        ConfigFile file = new ConfigFile(dataDir);
        if (!file.exists()) {
            throw new IllegalStateException("Connect the till to Odoo first: the printer is kept with the connection"
                    + " in " + ConfigFile.NAME + ".");
        }
        PrinterConfig before = file.readPrinter();
        Optional<String> device = Optional.of(form.device().strip()).filter(d -> !d.isEmpty());
        if (device.isPresent()) {
            // Checks the device string and the paper before anything is written.
            settings(form);
        }
        PrinterConfig now = new PrinterConfig(device, PrinterConfig.paper("Paper", form.paper()), before.codePage(),
                form.autoPrint(), form.drawer());
        file.writePrinter(now);
        return (now.configured() ? "Printer " + form.device() + " saved." : "No printer: receipts are not printed.")
                + " Restart the till to use it.";
    }

    private static PrinterSettings settings(Form form) throws Exception {
        try {
            return PrinterSettings.of(form.device(), PrinterConfig.paper("Paper", form.paper()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The printer " + e.getMessage(), e);
        }
    }

    private static String paper(PaperWidth width) {
        return switch (width) {
            case MM58 -> "58";
            case MM80_42 -> "42";
            case MM80 -> "80";
        };
    }
}
