package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code till demo-server} in a child JVM: its first line, a real login, and exit 0 on SIGTERM. */
class StandaloneDemoServerTest {

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
}
