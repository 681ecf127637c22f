package till.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;
import till.catalog.Catalog;
import till.setup.CatalogCacheWriter;
import till.store.TillStore;

/**
 * Runs the {@code till} command line in this JVM, as {@code till.app.Main} wires it but with test parts: no window
 * (a test that opens one fails), no log files, the given server, catalog writer and clock. Keeps what it printed.
 * Confined to one test.
 */
final class CliRun {

    private final Path defaultDataDir;
    private ConfiguredServer server = ConfiguredServer.NONE;
    private CatalogCacheWriter catalogCache = CliRun::cacheInStore;
    private Clock clock = Clock.systemUTC();
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** @param defaultDataDir the data directory when a run gives no {@code --data-dir} */
    CliRun(Path defaultDataDir) {
        this.defaultDataDir = defaultDataDir;
    }

    CliRun withServer(ConfiguredServer configured) {
        this.server = configured;
        return this;
    }

    CliRun withCatalogCache(CatalogCacheWriter writer) {
        this.catalogCache = writer;
        return this;
    }

    CliRun withClock(Clock fixed) {
        this.clock = fixed;
        return this;
    }

    /** Runs {@code till ARGS...} and returns its exit code; output accumulates until {@link #reset()}. */
    int run(String... args) {
        return TillCli.run(List.of(args), wiring(), printing(out), printing(err));
    }

    /** The command object {@code till ARGS...} would run, parsed as a run parses it but not run. */
    <T> T parsed(Class<T> type, String... args) {
        CommandLine.ParseResult result = TillCli.build(wiring(), printing(out), printing(err)).parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return type.cast(result.commandSpec().userObject());
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    void reset() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    private CliWiring wiring() {
        return new CliWiring("test", defaultDataDir, (dataDir, kiosk, errors) -> {
            throw new AssertionError("this test opens no window");
        }, CommandLogs.NONE, server, catalogCache, clock, "till.app.Main");
    }

    private static PrintStream printing(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static void cacheInStore(Path dataDir, Catalog catalog) {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            store.catalogCache().replace(catalog);
        }
    }
}
