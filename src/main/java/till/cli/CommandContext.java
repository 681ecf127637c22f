package till.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** What every command gets: the data directory and where to print. Immutable. */
public record CommandContext(Path dataDir, PrintStream out, PrintStream err) {
}
