package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.store.TillStore;

/** {@code till setup} as the command line runs it: registered, exit codes 0 / 1 / 2, catalog in the store. */
class SetupThroughMainTest {

    @TempDir
    Path dir;
    private final MainRun main = new MainRun();

    private int till(String... args) {
        return main.run(args);
    }

    @Test
    void setupWritesTheConfigAndTheCatalogIntoTheDataDirectory() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), DemoServer.PASSWORD);
        Path data = dir.resolve("data");
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults())) {
            int exit = till("--data-dir", data.toString(), "setup", "--server", server.url().toString(), "--db",
                    "demo", "--login", DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1");

            assertThat(exit).as(main.err()).isZero();
        }
        assertThat(data.resolve("till.properties")).exists();
        try (TillStore store = TillStore.open(data, Clock.systemUTC())) {
            assertThat(store.catalogCache().load().orElseThrow().settings().demo()).isFalse();
        }
    }

    @Test
    void anUnreachableServerExitsWithOne() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), "x");

        int exit = till("--data-dir", dir.toString(), "setup", "--server", "http://127.0.0.1:1", "--db", "demo",
                "--login", "admin", "--password-file", password.toString(), "--pos-config", "1");

        assertThat(exit).isEqualTo(1);
        assertThat(main.err()).contains("cannot be reached");
    }

    @Test
    void aBadOptionExitsWithTwo() {
        assertThat(till("--data-dir", dir.toString(), "setup", "--server", "shop")).isEqualTo(2);
        assertThat(main.err()).contains("setup");
    }
}
