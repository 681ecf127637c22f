package till.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.testsupport.MutableClock;

class SupervisorTest {

    private static final SuperviseOptions OPTIONS = new SuperviseOptions(3, Duration.ofSeconds(60),
            Duration.ofMillis(500), Duration.ofSeconds(10), List.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final ElapsingSleeper sleeper = new ElapsingSleeper(clock);
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Supervisor supervisor(ChildLauncher launcher) {
        return new Supervisor(launcher, OPTIONS, clock, sleeper, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTillThatEndsNormallyEndsTheSupervisorWithCode0AndIsNotStartedAgain() throws Exception {
        FakeChildLauncher launcher = new FakeChildLauncher(0);
        assertThat(supervisor(launcher).run()).isZero();
        assertThat(launcher.starts()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(said()).contains("ended normally");
    }

    @Test
    void usageAndConfigurationErrorsAreNotRetriedAndTheirCodeIsPassedOn() throws Exception {
        for (int code : new int[] {2, 3}) {
            FakeChildLauncher launcher = new FakeChildLauncher(code);
            assertThat(supervisor(launcher).run()).isEqualTo(code);
            assertThat(launcher.starts()).isEqualTo(1);
        }
        assertThat(said()).contains("not starting it again");
    }

    @Test
    void aTillKilledByASignalOrFailingIsStartedAgainAfterTheDelay() throws Exception {
        FakeChildLauncher launcher = new FakeChildLauncher(137, 1, 134, 0);
        assertThat(supervisor(launcher).run()).isZero();
        assertThat(launcher.starts()).isEqualTo(4);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500),
                Duration.ofMillis(500));
        assertThat(said()).contains("the till was killed by signal 9 (SIGKILL); starting it again in 500 ms")
                .contains("the till exited with code 1; starting it again")
                .contains("killed by signal 6 (SIGABRT)");
    }

    @Test
    void aCrashLoopGivesUpAfterTheAllowedRestartsWithAMessage() throws Exception {
        FakeChildLauncher launcher = new FakeChildLauncher(1);
        assertThat(supervisor(launcher).run()).isEqualTo(Supervisor.GAVE_UP);
        assertThat(launcher.starts()).isEqualTo(4);
        assertThat(said()).contains("it crashed 4 times within 60 s, more than the 3 restarts allowed; giving up");
    }

    @Test
    void crashesFurtherApartThanTheWindowNeverAddUpToACrashLoop() throws Exception {
        sleeper.plusRunTime(Duration.ofSeconds(30));
        FakeChildLauncher launcher = new FakeChildLauncher(1, 1, 1, 1, 1, 1, 1, 1, 0);
        assertThat(supervisor(launcher).run()).isZero();
        assertThat(launcher.starts()).isEqualTo(9);
        assertThat(said()).doesNotContain("giving up");
    }

    @Test
    void stopEndsTheRunningTillAndNoNewOneIsStarted() throws Exception {
        FakeChildLauncher launcher = FakeChildLauncher.runningUntilStopped();
        Supervisor supervisor = supervisor(launcher);
        int[] result = new int[1];
        Thread supervising = new Thread(() -> {
            try {
                result[0] = supervisor.run();
            } catch (InterruptedException e) {
                result[0] = -1;
            }
        }, "test-supervising");
        supervising.start();
        launcher.awaitStarts(1);
        supervisor.stop();
        supervising.join(10_000);

        assertThat(supervising.isAlive()).as("supervisor still running").isFalse();
        assertThat(result[0]).isZero();
        assertThat(launcher.starts()).isEqualTo(1);
        assertThat(launcher.stops()).isEqualTo(1);
        assertThat(said()).contains("stopping the till").doesNotContain("starting it again");
    }
}
