package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.pin.ManagerPin;
import till.pin.ManagerPinFile;
import till.testsupport.MutableClock;

/** {@code till manager-pin}: set, change with the old PIN, and the refusals, on a real data directory. */
class ManagerPinCommandTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private CliRun till;

    /** {@code till --data-dir DIR manager-pin ARGS...}; what it printed is in {@link #till}. */
    private int run(String... args) {
        till = new CliRun(dir).withClock(clock);
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString(), "manager-pin"));
        all.addAll(List.of(args));
        return till.run(all.toArray(String[]::new));
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

        assertThat(till.out()).contains("Manager PIN set").doesNotContain("1234");
        assertThat(accepts("1234")).isTrue();
    }

    @Test
    void changingThePinNeedsTheRightOldOne() throws Exception {
        run("--pin-file", file("first.txt", "1234"));

        assertThat(run("--pin-file", file("new.txt", "987654"))).isEqualTo(2);
        assertThat(till.err()).contains("--old-pin-file");
        assertThat(run("--pin-file", file("new.txt", "987654"), "--old-pin-file", file("old.txt", "9999"))).isOne();
        assertThat(till.err()).contains("the old PIN was refused: Wrong PIN.").doesNotContain("9999");
        assertThat(accepts("1234")).isTrue();
        assertThat(run("--pin-file", file("new.txt", "987654"), "--old-pin-file", file("old.txt", "1234"))).isZero();
        assertThat(accepts("987654")).isTrue();
    }

    @Test
    void aPinThatIsNotFourToTwelveDigitsIsAUsageErrorThatDoesNotRepeatIt() throws Exception {
        assertThat(run("--pin-file", file("new.txt", "12x45"))).isEqualTo(2);
        assertThat(till.err()).contains("4 to 12 digits").doesNotContain("12x45");
        assertThat(run("--pin-file", dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(till.err()).contains("cannot be read");
        assertThat(run()).isEqualTo(2);
        assertThat(till.err()).contains("--pin-file");
        assertThat(new ManagerPinFile(dir).exists()).isFalse();
    }
}
