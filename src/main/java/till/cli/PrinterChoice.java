package till.cli;

import java.nio.file.Path;
import java.util.Optional;
import till.print.PrinterSettings;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PrinterConfig;

/**
 * The printer a printing command uses: the one given with {@code --device}, on the paper of {@code till.properties},
 * or the configured one. A broken printer key is a configuration error (exit 3); no printer at all is a usage
 * error. Stateless.
 */
final class PrinterChoice {

    /** The exit code of a configuration the admin must fix, as the till's own at start. */
    static final int CONFIGURATION_ERROR = 3;

    /** A broken {@code till.properties}: the command exits with {@link #CONFIGURATION_ERROR}. */
    static final class Broken extends Exception {
        Broken(String message) {
            super(message);
        }
    }

    private PrinterChoice() {
    }

    /** The printer settings of {@code till.properties} ({@link PrinterConfig#NONE} when there is none). */
    static PrinterConfig configured(Path dataDir) throws Broken {
        try {
            return new ConfigFile(dataDir).readPrinter();
        } catch (ConfigException e) {
            throw new Broken(e.getMessage());
        }
    }

    /** @param device the {@code --device} given, or null for the configured printer */
    static PrinterSettings settings(Path dataDir, String device) throws Broken, UsageException {
        PrinterConfig config = configured(dataDir);
        if (device != null) {
            try {
                PrinterSettings given = PrinterSettings.of(device, config.width());
                return config.codePage().map(given::withCodePage).orElse(given);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--device " + e.getMessage());
            }
        }
        Optional<PrinterSettings> settings = config.settings();
        if (settings.isEmpty()) {
            throw new UsageException("no printer is configured in " + ConfigFile.NAME + ": give --device DEVICE, or"
                    + " set one with till setup ... --printer DEVICE");
        }
        return settings.get();
    }

    /** Reports a broken configuration as the other commands' errors and returns its exit code. */
    static int report(CommandContext context, String command, Broken broken) {
        context.err().println("till " + command + ": " + broken.getMessage());
        return CONFIGURATION_ERROR;
    }
}
