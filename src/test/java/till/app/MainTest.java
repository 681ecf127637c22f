package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    private final MainRun main = new MainRun();

    private int run(String... args) {
        return main.run(args);
    }

    @Test
    void versionPrintsTheVersionAndSucceeds() {
        assertThat(run("--version")).isZero();
        assertThat(main.out()).startsWith("till ");
    }

    @Test
    void helpListsTheDataDirOption() {
        assertThat(run("--help")).isZero();
        assertThat(main.out()).contains("--data-dir");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCode2() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(main.err()).contains("unknown command frobnicate").contains("usage:");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(main.err()).contains("unknown option --frobnicate");
    }

    @Test
    void dataDirectoryFollowsThePlatformConvention() {
        assertThat(DataDirectory.defaultFor(Map.of(), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/till"));
        assertThat(DataDirectory.defaultFor(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/data/till"));
        assertThat(DataDirectory.defaultFor(Map.of(), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Till"));
    }
}
