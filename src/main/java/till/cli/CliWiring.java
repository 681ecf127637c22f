package till.cli;

import java.nio.file.Path;
import java.time.Clock;
import till.setup.CatalogCacheWriter;

/**
 * What the command line needs from the composition root, handed over once: the values it shows and the
 * implementations it must not build itself (this package does not depend on {@code till.app}). Immutable.
 *
 * @param version        what {@code till --version} prints after {@code till }
 * @param defaultDataDir the data directory without {@code --data-dir}
 * @param till           opens the till's window ({@code till} without a subcommand)
 * @param logs           a command's log files in its data directory
 * @param server         the server of {@code till.properties}, for the commands that send orders
 * @param catalogCache   where {@code till setup} caches the catalog
 * @param clock          the time of PIN attempts and the support bundle
 * @param mainClass      the till's main class, which {@code till supervise} starts again
 */
public record CliWiring(String version, Path defaultDataDir, TillOpener till, CommandLogs logs,
                        ConfiguredServer server, CatalogCacheWriter catalogCache, Clock clock, String mainClass) {
}
