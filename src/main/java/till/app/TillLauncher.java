package till.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.cli.TillOpener;
import till.logs.LogFiles;
import till.pin.ManagerPinFile;
import till.setup.ConfigCheck;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.KioskConfig;

/**
 * What {@code till} without a subcommand does: checks the configuration before any window opens (exit 3 when it is
 * broken, decision 0112), attaches the till's own logs, decides kiosk mode, then runs the JavaFX till and blocks until
 * its window closes. Call from the main thread only.
 */
final class TillLauncher implements TillOpener {

    /** The exit code of a till that refused to start because of its configuration. */
    static final int CONFIGURATION_ERROR = 3;
    private static final Logger LOG = LoggerFactory.getLogger(TillLauncher.class);

    @Override
    public int open(Path dataDir, boolean kioskOption, PrintStream err) {
        return open(dataDir, kioskOption, false, err);
    }

    @Override
    @SuppressWarnings("try") // the log files are open for the body; nothing in it names them
    public int open(Path dataDir, boolean kioskOption, boolean pseudoLocale, PrintStream err) {
        Optional<String> broken = ConfigCheck.problem(dataDir);
        // A data directory that is a file has no room for a log: report at once.
        if (broken.isPresent() && !Files.isDirectory(dataDir)) {
            return configurationError(err, broken.get());
        }
        try (LogFiles logs = Logging.forTill(dataDir)) {
            if (broken.isPresent()) {
                LOG.error(LogFiles.SHOWN, "the till refused to start: {}", broken.get());
                return configurationError(err, broken.get());
            }
            KioskConfig kiosk;
            try {
                kiosk = kiosk(dataDir, kioskOption);
            } catch (ConfigException e) {
                err.println("till: " + e.getMessage());
                return CONFIGURATION_ERROR;
            }
            return new TillApp(dataDir, kiosk, pseudoLocale, err).run();
        }
    }

    private static int configurationError(PrintStream err, String problem) {
        err.println("till: configuration error: " + problem);
        err.println("till: the till did not start; correct the file and start it again.");
        return CONFIGURATION_ERROR;
    }

    /**
     * The kiosk settings of this start: {@code till.properties}, turned on by {@code --kiosk}. Kiosk mode without a
     * usable manager PIN is refused: nobody could close the till.
     */
    static KioskConfig kiosk(Path dataDir, boolean kioskOption) throws ConfigException {
        KioskConfig config = new ConfigFile(dataDir).readKiosk();
        if (kioskOption) {
            config = config.on();
        }
        if (config.enabled() && new ManagerPinFile(dataDir).read().isEmpty()) {
            throw new ConfigException("Kiosk mode needs a manager PIN and " + dataDir + " has none: set one with"
                    + " till manager-pin --pin-file FILE (a file holding 4 to 12 digits), then start again.");
        }
        return config;
    }
}
