package till.app;

import java.time.Clock;
import till.cli.CliWiring;

/**
 * What the command line gets from the composition root: the till's window (with its configuration check and logs),
 * the commands' logs, the transport to the configured server and the store the setup caches the catalog in. The
 * {@code till.cli} package builds the commands from these and never builds them itself. Stateless.
 */
final class Commands {

    private Commands() {
    }

    static CliWiring wiring() {
        return new CliWiring(Version.current(), DataDirectory.platformDefault(), new TillLauncher(),
                Logging::attachToCommand, new ConfigFileServer(), new StoreCatalogWriter(), Clock.systemUTC(),
                Main.class.getName());
    }
}
