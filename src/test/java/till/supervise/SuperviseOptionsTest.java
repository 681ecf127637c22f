package till.supervise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.cli.UsageException;

class SuperviseOptionsTest {

    @Test
    void withoutOptionsItAllowsFiveRestartsAMinuteOneSecondApartAndRunsAPlainTill() throws Exception {
        SuperviseOptions options = SuperviseOptions.parse(List.of());
        assertThat(options.maxRestarts()).isEqualTo(5);
        assertThat(options.window()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.tillArgs()).isEmpty();
    }

    @Test
    void everythingAfterTheDoubleDashGoesToTheTill() throws Exception {
        SuperviseOptions options = SuperviseOptions.parse(List.of("--max-restarts", "2", "--delay-ms", "0",
                "--window", "30", "--", "--kiosk", "--max-restarts"));
        assertThat(options.maxRestarts()).isEqualTo(2);
        assertThat(options.delay()).isZero();
        assertThat(options.window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.tillArgs()).containsExactly("--kiosk", "--max-restarts");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        assertThatThrownBy(() -> SuperviseOptions.parse(List.of("--kiosk"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown option --kiosk");
        assertThatThrownBy(() -> SuperviseOptions.parse(List.of("--max-restarts", "-1")))
                .hasMessageContaining("--max-restarts");
        assertThatThrownBy(() -> SuperviseOptions.parse(List.of("--delay-ms"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SuperviseOptions.parse(List.of("--", "supervise")))
                .hasMessageContaining("cannot supervise another supervisor");
    }

    @Test
    void theChildIsTheInstalledLauncherOrThisJavaWithItsOptionsButNoDebugger() {
        Path data = Path.of("/data");
        assertThat(TillCommandLine.installed(Path.of("/opt/till/bin/till")).forTill(data, List.of("--kiosk")))
                .containsExactly("/opt/till/bin/till", "--data-dir", "/data", "--kiosk");
        assertThat(TillCommandLine.java(Path.of("/jdk/bin/java"), List.of("-Dprism.order=sw",
                        "-agentlib:jdwp=transport=dt_socket,address=5005"), "till.jar", "till.app.Main")
                .forTill(data, List.of()))
                .containsExactly("/jdk/bin/java", "-Dprism.order=sw", "-cp", "till.jar", "till.app.Main",
                        "--data-dir", "/data");
    }
}
