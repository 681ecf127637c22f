package till.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Opens the till's window: what {@code till} without a subcommand does. The composition root gives the JavaFX one,
 * so that this package does not depend on it. Implementations block the calling thread until the window closes.
 */
@FunctionalInterface
public interface TillOpener {

    /**
     * Checks the configuration, opens the till on {@code dataDir} and waits until it closes.
     *
     * @param kiosk whether {@code --kiosk} was given
     * @param err   where to say why the till did not start
     * @return the exit code: 0 closed normally, 1 could not start, 3 configuration error
     */
    int open(Path dataDir, boolean kiosk, PrintStream err);

    /**
     * Opens the till as {@link #open(Path, boolean, PrintStream)} does, in the pseudo-locale when asked.
     *
     * @param pseudoLocale whether {@code --pseudo-locale} was given
     */
    default int open(Path dataDir, boolean kiosk, boolean pseudoLocale, PrintStream err) {
        return open(dataDir, kiosk, err);
    }
}
