package till.cli;

import till.pin.ManagerPin;
import till.pin.ManagerPinFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.testsupport.MutableClock;

/** {@code till manager-pin}: set, change with the old PIN, and the refusals, on a real data directory. */
class ManagerPinCommandTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return new ManagerPinCommand(clock).run(List.of(args), new CommandContext(dir, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String file(String name, String pin) throws Exception {
        return Files.writeString(dir.resolve(name), pin + "\n").toString();
    }

    private boolean accepts(String pin) throws Exception {
        return new ManagerPin(dir, clock, 1, new SecureRandom()).check(pin).accepted();
    }

    @Test
    void theFirstPinNeedsNoOldOne() throws Exception {
        assertThat(run("--pin-file", file("new.txt", "1234"))).isZero();

        assertThat(out.toString()).contains("Manager PIN set").doesNotContain("1234");
        assertThat(accepts("1234")).isTrue();
    }

    @Test
    void changingThePinNeedsTheRightOldOne() throws Exception {
        run("--pin-file", file("first.txt", "1234"));

        assertThatThrownBy(() -> run("--pin-file", file("new.txt", "987654"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("--old-pin-file");
        assertThat(run("--pin-file", file("new.txt", "987654"), "--old-pin-file", file("old.txt", "9999"))).isOne();
        assertThat(err.toString()).contains("the old PIN was refused: Wrong PIN.").doesNotContain("9999");
        assertThat(accepts("1234")).isTrue();
        assertThat(run("--pin-file", file("new.txt", "987654"), "--old-pin-file", file("old.txt", "1234"))).isZero();
        assertThat(accepts("987654")).isTrue();
    }

    @Test
    void aPinThatIsNotFourToTwelveDigitsIsAUsageErrorThatDoesNotRepeatIt() throws Exception {
        assertThatThrownBy(() -> run("--pin-file", file("new.txt", "12x45"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("4 to 12 digits").hasMessageNotContaining("12x45");
        assertThatThrownBy(() -> run("--pin-file", dir.resolve("missing.txt").toString()))
                .isInstanceOf(UsageException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> run()).isInstanceOf(UsageException.class).hasMessageContaining("--pin-file");
        assertThat(new ManagerPinFile(dir).exists()).isFalse();
    }
}
