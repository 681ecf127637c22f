package till.supervise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuperviseOptionsTest {

    @Test
    void theDefaultsAllowFiveRestartsAMinuteOneSecondApartAndRunAPlainTill() {
        SuperviseOptions options = SuperviseOptions.DEFAULTS;
        assertThat(options.maxRestarts()).isEqualTo(5);
        assertThat(options.window()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.stopTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.tillArgs()).isEmpty();
    }

    @Test
    void aSupervisorCannotSuperviseAnotherSupervisor() {
        assertThatThrownBy(() -> new SuperviseOptions(5, Duration.ofSeconds(60), Duration.ZERO, Duration.ofSeconds(10),
                List.of("supervise"))).isInstanceOf(IllegalArgumentException.class)
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
                .containsExactly("/jdk/bin/java", "-Dprism.order=sw", "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                        "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-cp", "till.jar",
                        "till.app.Main", "--data-dir", "/data");
    }

    @Test
    void aChildOfAJavaWithItsOwnHeapBoundKeepsThatBoundAndGetsNoOtherMemoryOptions() {
        assertThat(TillCommandLine.java(Path.of("/jdk/bin/java"), List.of("-Xmx512m"), "till.jar", "till.app.Main")
                .forTill(Path.of("/data"), List.of()))
                .containsExactly("/jdk/bin/java", "-Xmx512m", "-cp", "till.jar", "till.app.Main", "--data-dir",
                        "/data");
    }
}
