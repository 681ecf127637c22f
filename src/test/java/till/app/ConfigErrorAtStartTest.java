package till.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.setup.ConfigCheck;

/**
 * A broken configuration stops the till before any window opens: exit code 3 and the file, the key and what is
 * expected on stderr and in the log. Were the check missing, Main would launch JavaFX and block on its window (or
 * return 0/1), so the timeout and the exit code make each test fail.
 */
class ConfigErrorAtStartTest {

    private static final String GOOD = "server.url=http://127.0.0.1:8069\ndatabase=shop\nlogin=till\n"
            + "pos.config.id=1\n";

    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnknownKeyStopsTheTillWithExitCode3NamingTheFileAndTheKey() throws IOException {
        writeConfig(GOOD + "kiosk.screeen=2\n");

        assertThat(openTill()).isEqualTo(3);
        assertThat(err()).contains("configuration error").contains(dataDir.resolve("till.properties").toString())
                .contains("unknown key \"kiosk.screeen\"").contains("known keys:");
        assertThat(Files.readString(dataDir.resolve("logs/till.log"))).contains("ERROR")
                .contains("the till refused to start").contains("kiosk.screeen");
    }

    @Test
    void theDataDirectoryMayFollowTheOtherOptionsOfTheTill() throws IOException {
        writeConfig(GOOD + "kiosk.screeen=2\n");

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run(List.of("--kiosk", "--data-dir",
                dataDir.toString()), new PrintStream(new ByteArrayOutputStream(), true), printStream(err)));

        assertThat(exit).isEqualTo(3);
        assertThat(err()).contains(dataDir.resolve("till.properties").toString())
                .contains("unknown key \"kiosk.screeen\"");
        assertThat(Files.readString(dataDir.resolve("logs/till.log"))).contains("the till refused to start");
    }

    @Test
    void aBadNumberIsReportedWithWhatIsExpected() throws IOException {
        writeConfig(GOOD.replace("pos.config.id=1", "pos.config.id=shop one"));

        assertThat(openTill()).isEqualTo(3);
        assertThat(err()).contains("till.properties").contains("\"pos.config.id\" is \"shop one\"")
                .contains("expected a positive whole number");
    }

    @Test
    void aBrokenPrinterKeyStopsTheTillWithExitCode3BeforeAnyWindow() throws IOException {
        writeConfig(GOOD + "printer.device=usb0\n");

        assertThat(openTill()).isEqualTo(3);
        assertThat(err()).contains("till.properties").contains("\"printer.device\" is 'usb0' is not a printer")
                .contains("tcp://HOST[:PORT]");
    }

    @Test
    void aKeptPasswordThatIsMissingIsAConfigurationError() throws IOException {
        writeConfig(GOOD + "password.keep=true\n");

        assertThat(openTill()).isEqualTo(3);
        assertThat(err()).contains("\"password.keep\" = true").contains("till.password")
                .contains("missing").contains("--keep-password");
    }

    @Test
    void aDataDirectoryThatIsAFileIsAConfigurationError() throws IOException {
        Path file = Files.writeString(dataDir.resolve("not-a-dir"), "x");

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run(List.of("--data-dir",
                file.toString()), new PrintStream(new ByteArrayOutputStream(), true), printStream(err)));

        assertThat(exit).isEqualTo(3);
        assertThat(err()).contains("not-a-dir is not a directory");
    }

    @Test
    void noConfigurationAtAllIsDemoModeNotAnError() {
        assertThat(ConfigCheck.problem(dataDir)).isEmpty();
        assertThat(ConfigCheck.problem(dataDir.resolve("never-made"))).isEmpty();
    }

    @Test
    void aCompleteConfigurationWithoutAKeptPasswordPassesTheCheck() throws IOException {
        writeConfig(GOOD + "password.keep=false\n");

        assertThat(ConfigCheck.problem(dataDir)).isEmpty();
    }

    private int openTill() {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run(List.of("--data-dir",
                dataDir.toString()), new PrintStream(new ByteArrayOutputStream(), true), printStream(err)));
    }

    private void writeConfig(String text) throws IOException {
        Files.writeString(dataDir.resolve("till.properties"), text);
    }

    private static PrintStream printStream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
