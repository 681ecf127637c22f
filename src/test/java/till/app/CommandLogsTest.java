package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Commands log into the data directory they were given, only while they run, and never create one for a log. */
class CommandLogsTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aCommandAppendsToTheLogOfItsDataDirectoryWhileItRuns() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));

        assertThat(till(first, "outbox", "list")).isZero();
        assertThat(till(second, "outbox", "list")).isZero();
        LoggerFactory.getLogger(CommandLogsTest.class).info("after the runs");

        String firstLog = Files.readString(first.resolve("logs/till.log"));
        assertThat(firstLog).contains("outbox on " + first).contains("Applied schema migration")
                .doesNotContain(second.toString()).doesNotContain("after the runs");
        assertThat(Files.readString(second.resolve("logs/till.log"))).contains("outbox on " + second);
    }

    @Test
    void aCommandLogsIntoTheDataDirectoryGivenAfterTheSubcommand() throws IOException {
        Path data = Files.createDirectories(dir.resolve("after"));

        assertThat(Main.run(List.of("outbox", "list", "--data-dir", data.toString()), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8))).isZero();

        assertThat(Files.readString(data.resolve("logs/till.log"))).contains("outbox on " + data);
    }

    @Test
    void aCommandOnADataDirectoryThatDoesNotExistCreatesNoneForItsLog() {
        Path missing = dir.resolve("missing");

        assertThat(till(missing, "support-bundle", dir.resolve("b.zip").toString())).isEqualTo(1);

        assertThat(missing).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no data directory at " + missing);
    }

    private int till(Path dataDir, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
