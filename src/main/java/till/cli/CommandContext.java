package till.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every command gets: the data directory (read from the global options when the command runs, so that
 * {@code --data-dir} may come before or after the subcommand) and where to print. Confined to the thread that runs
 * the command line.
 */
final class CommandContext {

    private final GlobalOptions options;
    private final PrintStream out;
    private final PrintStream err;

    CommandContext(GlobalOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    Path dataDir() {
        return options.dataDir();
    }

    boolean kiosk() {
        return options.kiosk();
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }
}
