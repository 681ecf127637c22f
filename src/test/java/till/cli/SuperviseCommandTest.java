package till.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.supervise.SuperviseOptions;

/**
 * {@code till supervise}'s options: what they become, that everything after {@code --} reaches the till untouched,
 * and the usage errors (the supervisor itself: {@code SupervisorTest}, {@code SupervisedTillTest}).
 */
class SuperviseCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutOptionsItAllowsFiveRestartsAMinuteOneSecondApartAndRunsAPlainTill() throws Exception {
        assertThat(parsed()).isEqualTo(SuperviseOptions.DEFAULTS);
    }

    @Test
    void everythingAfterTheDoubleDashGoesToTheTillUntouched() throws Exception {
        SuperviseOptions options = parsed("--max-restarts", "2", "--delay-ms", "0", "--window", "30", "--stop-timeout",
                "4", "--", "--kiosk", "--max-restarts", "--data-dir", "/elsewhere", "@file", "outbox", "list");

        assertThat(options.maxRestarts()).isEqualTo(2);
        assertThat(options.delay()).isZero();
        assertThat(options.window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.stopTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(options.tillArgs()).containsExactly("--kiosk", "--max-restarts", "--data-dir", "/elsewhere",
                "@file", "outbox", "list");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        CliRun till = new CliRun(dir);

        assertThat(till.run("supervise", "--frobnicate")).isEqualTo(2);
        assertThat(till.err()).contains("unknown option --frobnicate").contains("usage: till supervise");
        assertThat(till.run("supervise", "--max-restarts", "-1")).isEqualTo(2);
        assertThat(till.err()).contains("'--max-restarts'");
        assertThat(till.run("supervise", "--delay-ms")).isEqualTo(2);
        assertThat(till.err()).contains("Missing required parameter for option '--delay-ms'");
        assertThat(till.run("supervise", "--", "supervise")).isEqualTo(2);
        assertThat(till.err()).contains("cannot supervise another supervisor");
    }

    @Test
    void theTillsArgumentsMustFollowTheDoubleDash() {
        CliRun till = new CliRun(dir);

        assertThat(till.run("supervise", "outbox", "list")).isEqualTo(2);
        assertThat(till.err()).contains("unexpected argument outbox").contains("after --");
    }

    @Test
    void theKioskOptionIsTheTillsAndSaysWhereItGoes() {
        CliRun till = new CliRun(dir);

        assertThat(till.run("supervise", "--kiosk")).isEqualTo(2);
        assertThat(till.err()).contains("--kiosk is an option of the till").contains("till supervise -- --kiosk");
        assertThat(till.run("--kiosk", "supervise")).isEqualTo(2);
        assertThat(till.err()).contains("--kiosk is an option of the till");
    }

    private SuperviseOptions parsed(String... args) throws UsageException {
        String[] all = new String[args.length + 1];
        all[0] = "supervise";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CliRun(dir).parsed(SuperviseCommand.class, all).options();
    }
}
