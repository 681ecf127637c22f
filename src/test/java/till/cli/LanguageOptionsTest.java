package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.setup.CatalogCacheWriter;

/** {@code till --pseudo-locale} reaches the window; {@code till --help} lists it. */
class LanguageOptionsTest {

    @TempDir
    Path dir;

    private final List<String> opened = new ArrayList<>();

    private int run(String... args) {
        TillOpener opener = new TillOpener() {
            @Override
            public int open(Path dataDir, boolean kiosk, PrintStream err) {
                opened.add("plain");
                return 0;
            }

            @Override
            public int open(Path dataDir, boolean kiosk, boolean pseudoLocale, PrintStream err) {
                opened.add("kiosk=" + kiosk + " pseudo=" + pseudoLocale);
                return 0;
            }
        };
        CatalogCacheWriter noCache = (dataDir, catalog) -> {
            throw new AssertionError("no catalog in this test");
        };
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return TillCli.run(List.of(args), new CliWiring("test", dir, opener, CommandLogs.NONE, ConfiguredServer.NONE,
                noCache, Clock.systemUTC(), "till.app.Main"), out, out);
    }

    @Test
    void thePseudoLocaleOptionOpensTheTillInThePseudoLocale() {
        assertThat(run("--pseudo-locale")).isZero();
        assertThat(run("--kiosk")).isZero();

        assertThat(opened).containsExactly("kiosk=false pseudo=true", "kiosk=true pseudo=false");
    }

    @Test
    void theHelpListsThePseudoLocale() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TillCli.run(List.of("--help"), new CliWiring("test", dir, (d, k, e) -> 0, CommandLogs.NONE,
                ConfiguredServer.NONE, (d, c) -> { }, Clock.systemUTC(), "till.app.Main"), out, out);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--pseudo-locale");
    }
}
