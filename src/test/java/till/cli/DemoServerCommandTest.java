package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.Profile;

/** {@code till demo-server}'s options: what they become, and the usage errors (the server itself: its own test). */
class DemoServerCommandTest {

    @TempDir
    Path dir;

    @Test
    void badArgumentsAreUsageErrorsNamingTheOption() {
        CliRun till = new CliRun(dir);

        assertThat(till.run("demo-server", "--profile", "16")).isEqualTo(2);
        assertThat(till.err()).contains("'--profile'").contains("use 14 or 15");
        assertThat(till.run("demo-server", "--fault", "flaky")).isEqualTo(2);
        assertThat(till.err()).contains("'--fault'").contains("unknown fault flaky");
        assertThat(till.run("demo-server", "--port")).isEqualTo(2);
        assertThat(till.err()).contains("Missing required parameter for option '--port'");
        assertThat(till.run("demo-server", "--port", "70000")).isEqualTo(2);
        assertThat(till.err()).contains("--port: port out of range: 70000");
        assertThat(till.run("demo-server", "--products", "-1")).isEqualTo(2);
        assertThat(till.err()).contains("'--products'").contains("not a whole number of 0 or more");
    }

    @Test
    void theTaxDisplayIsTotalOrSubtotal() throws Exception {
        CliRun till = new CliRun(dir);
        assertThat(till.run("demo-server", "--tax-display", "gross")).isEqualTo(2);
        assertThat(till.err()).contains("'--tax-display'").contains("total (tax included) or subtotal");
        assertThat(new CliRun(dir).parsed(DemoServerCommand.class, "demo-server", "--tax-display", "Subtotal")
                .taxDisplay()).isEqualTo("subtotal");
        assertThat(new CliRun(dir).parsed(DemoServerCommand.class, "demo-server").taxDisplay())
                .as("the profile's recording").isNull();
    }

    @Test
    void productsMakeAShopOfThatSize() throws Exception {
        assertThat(parsed("--products", "50000").products()).isEqualTo(50_000);
        assertThat(parsed().products()).isZero();
    }

    @Test
    void optionsAreParsed() throws Exception {
        DemoServerOptions options = parsed("--port", "8269", "--profile", "15", "--fault", "slow=300", "--fault",
                "order-error=Order 00001-001-0001", "--hold", "0.5");

        assertThat(options.port()).isEqualTo(8269);
        assertThat(options.profile()).isEqualTo(Profile.V15);
        assertThat(options.hold()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.faults()).extracting(Fault::toString)
                .containsExactly("slow=300", "order-error=Order 00001-001-0001");
    }

    @Test
    void withoutOptionsItIsTheDefaultServer() throws Exception {
        DemoServerOptions options = parsed();

        DemoServerOptions defaults = DemoServerOptions.defaults();
        assertThat(options.port()).isZero();
        assertThat(options.profile()).as("the newest the till speaks").isEqualTo(Profile.NEWEST);
        assertThat(options.hold()).isEqualTo(defaults.hold());
        assertThat(options.faults()).isEmpty();
    }

    private DemoServerOptions parsed(String... args) throws UsageException {
        String[] all = new String[args.length + 1];
        all[0] = "demo-server";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CliRun(dir).parsed(DemoServerCommand.class, all).options();
    }
}
