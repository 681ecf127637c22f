package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.cli.UsageException;

class DemoServerCommandTest {

    private static final Pattern FIRST_LINE =
            Pattern.compile("demo-server url=(http://127\\.0\\.0\\.1:\\d+) db=(\\S+) login=(\\S+) password=(\\S+)");

    @Test
    void theCommandPrintsItsAddressFirstServesAndExitsZeroOnSigterm(@TempDir Path dataDir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "till.app.Main", "--data-dir", dataDir.toString(),
                "demo-server", "--profile", "15", "--fault", "slow=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher m = FIRST_LINE.matcher(first);
            assertThat(m.matches()).as(first).isTrue();
            assertThat(m.group(2)).isEqualTo("demo");

            RecordingClient client = new RecordingClient(URI.create(m.group(1)));
            RecordingClient.Answer login = client.call("/web/session/authenticate", "{\"db\":\"" + m.group(2)
                    + "\",\"login\":\"" + m.group(3) + "\",\"password\":\"" + m.group(4) + "\"}");
            assertThat(login.result().at("/server_version").asText()).isEqualTo("15.0");

            // SIGTERM on Linux; through the handle, so that the pipe stays open to read the last line.
            child.toHandle().destroy();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            assertThat(out.readLine()).isEqualTo("demo-server stopped");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThatThrownBy(() -> DemoServerCommand.parse(List.of("--profile", "16")))
                .isInstanceOf(UsageException.class).hasMessageContaining("use 14 or 15");
        assertThatThrownBy(() -> DemoServerCommand.parse(List.of("--fault", "flaky")))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown fault flaky");
        assertThatThrownBy(() -> DemoServerCommand.parse(List.of("--port")))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
    }

    @Test
    void optionsAreParsed() throws Exception {
        DemoServerOptions options = DemoServerCommand.parse(List.of("--port", "8269", "--profile", "15",
                "--fault", "slow=300", "--fault", "order-error=Order 00001-001-0001", "--hold", "0.5"));

        assertThat(options.port()).isEqualTo(8269);
        assertThat(options.profile()).isEqualTo(Profile.V15);
        assertThat(options.hold()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.faults()).extracting(Fault::toString)
                .containsExactly("slow=300", "order-error=Order 00001-001-0001");
    }
}
