package till.pin;

import till.setup.ConfigException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import till.testsupport.MutableClock;

/** The manager PIN on a real data directory: stored as a salted hash, checked, rate-limited across restarts. */
class ManagerPinTest {

    private static final String PIN = "4711";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

    /** A till started anew on the same directory: nothing kept in memory. */
    private ManagerPin till() {
        return new ManagerPin(dir, clock, 1_000, new SecureRandom());
    }

    private ManagerPin.Verdict check(String pin) throws Exception {
        return till().check(pin);
    }

    @Test
    void theRightPinIsAcceptedAndAWrongOneRefused() throws Exception {
        till().set(PIN);

        assertThat(check(PIN).outcome()).isEqualTo(ManagerPin.Outcome.ACCEPTED);
        assertThat(check("4712").outcome()).isEqualTo(ManagerPin.Outcome.WRONG);
        assertThat(check("4712").words()).isEqualTo("Wrong PIN.");
    }

    @Test
    void thePinIsKeptAsASaltedHashInAnOwnerOnlyFileNeverAsItself() throws Exception {
        till().set(PIN);
        Path file = dir.resolve(ManagerPinFile.NAME);
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain(PIN).contains("algorithm=PBKDF2WithHmacSHA256", "iterations=1000", "salt=",
                "hash=");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        PinHash first = new ManagerPinFile(dir).read().orElseThrow();
        Files.delete(file);
        till().set(PIN);
        assertThat(new ManagerPinFile(dir).read().orElseThrow().salt()).isNotEqualTo(first.salt());
        assertThat(first.toString()).doesNotContain(PIN);
    }

    @Test
    void afterThreeWrongPinsTriesWaitAndTheWaitGrowsEvenAcrossRestarts() throws Exception {
        till().set(PIN);
        check("0000");
        check("0000");

        ManagerPin.Verdict third = check("0000");

        assertThat(third.outcome()).isEqualTo(ManagerPin.Outcome.WRONG);
        assertThat(third.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(third.words()).isEqualTo("Wrong PIN. Too many wrong PINs: try again in 30 s.");
        // Even the right PIN is refused while locked, by a till started anew.
        assertThat(check(PIN).outcome()).isEqualTo(ManagerPin.Outcome.LOCKED);
        clock.advance(Duration.ofSeconds(30));
        assertThat(check("0000").retryAfter()).isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(59));
        assertThat(check(PIN)).satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(ManagerPin.Outcome.LOCKED);
            assertThat(v.words()).isEqualTo("Too many wrong PINs: try again in 1 s.");
        });
        clock.advance(Duration.ofSeconds(1));
        assertThat(check(PIN).accepted()).isTrue();
        assertThat(check("0000").retryAfter()).isZero();
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftBeforeAWaitEvenAcrossRestarts() throws Exception {
        till().set(PIN);

        assertThat(check("0000").triesLeft()).isEqualTo(2);
        assertThat(check("0000").triesLeft()).isEqualTo(1);
        assertThat(check("0000")).satisfies(v -> {
            assertThat(v.triesLeft()).isZero();
            assertThat(v.retryAfter()).isPositive();
        });
        clock.advance(Duration.ofSeconds(30));
        assertThat(check(PIN).triesLeft()).isEqualTo(3);
        assertThat(check("0000").triesLeft()).isEqualTo(2);
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() throws Exception {
        till().set(PIN);
        Duration wait = Duration.ZERO;
        for (int i = 0; i < 12; i++) {
            clock.advance(wait);
            wait = check("0000").retryAfter();
        }
        assertThat(wait).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void changingThePinNeedsTheOldOne() throws Exception {
        till().set(PIN);

        assertThat(till().change("1234", "98765").accepted()).isFalse();
        assertThat(check("98765").accepted()).isFalse();
        assertThat(till().change(PIN, "98765").accepted()).isTrue();
        assertThat(check("98765").accepted()).isTrue();
        assertThatThrownBy(() -> till().set("5555")).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1234567890123", "12a4", "", " 1234"})
    void aPinHasFourToTwelveDigits(String pin) {
        assertThat(ManagerPin.formatProblem(pin)).hasValue("A manager PIN has 4 to 12 digits and nothing else.");
        assertThatThrownBy(() -> till().set(pin)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(pin.isBlank() ? "\u0000" : pin);
    }

    @Test
    void withoutAPinNothingIsAccepted() throws Exception {
        assertThat(till().isSet()).isFalse();
        assertThat(check("1234").outcome()).isEqualTo(ManagerPin.Outcome.NOT_SET);
    }

    @Test
    void aBrokenPinFileNamesTheFileAndTheKey() throws Exception {
        till().set(PIN);
        Path file = dir.resolve(ManagerPinFile.NAME);
        Files.writeString(file, Files.readString(file).replace("iterations=1000", "iterations=many"));

        assertThatThrownBy(() -> check(PIN)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("\"iterations\"");
    }

    @Test
    void aPinSetForRealUsesTheStandardIterationCount() throws Exception {
        new ManagerPin(dir, clock).set(PIN);

        assertThat(new ManagerPinFile(dir).read().orElseThrow().iterations()).isEqualTo(PinHash.STANDARD_ITERATIONS)
                .isGreaterThanOrEqualTo(200_000);
    }
}
