package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void anUnknownOptionOfASubcommandIsAUsageErrorNamingItWithThatCommandsUsage() {
        assertThat(run("outbox", "list", "--frobnicate")).isEqualTo(2);
        assertThat(main.err()).contains("till: outbox list: unknown option --frobnicate")
                .contains("usage: till outbox list");
        assertThat(main.out()).isEmpty();
    }

    @Test
    void helpAndVersionMayFollowTheSubcommand() {
        assertThat(run("simulate", "--help")).isZero();
        assertThat(main.out()).contains("usage: till simulate").contains("--orders N").contains("--data-dir");
        assertThat(run("outbox", "list", "--version")).isZero();
        assertThat(main.out()).contains("till ");
    }

    @Test
    void theDataDirectoryAfterTheSubcommandIsTheSameAsBeforeIt(@TempDir Path dir) {
        assertThat(run("simulate", "--orders", "2", "--seed", "5", "--data-dir", dir.toString())).isZero();
        String paid = main.out();
        MainRun before = new MainRun();

        assertThat(before.run("--data-dir", dir.toString(), "outbox", "list")).isZero();

        assertThat(before.out()).contains("2 paid orders");
        paid.lines().map(l -> l.split(" ")[1]).forEach(uid -> assertThat(before.out()).contains(uid));
    }

    @Test
    void theLastDataDirectoryGivenWinsWhereverItIs(@TempDir Path dir) {
        Path first = dir.resolve("first");
        Path last = dir.resolve("last");

        assertThat(run("--data-dir", first.toString(), "simulate", "--orders", "1", "--data-dir", last.toString()))
                .isZero();

        assertThat(last.resolve("till.mv.db")).exists();
        assertThat(first).doesNotExist();
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
