package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.RescueApprovals;
import till.store.TillStore;
import till.testsupport.PaidOrders;

class OutboxReleaseTest {

    private static final Instant PAID = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dataDir;

    private CliRun till;

    /** {@code till --data-dir DATA outbox ARGS...}; what it printed is in {@link #till}. */
    private int run(String... args) {
        till = new CliRun(dataDir);
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "outbox"));
        all.addAll(List.of(args));
        return till.run(all.toArray(String[]::new));
    }

    private void payInSession(long session, int count) {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            for (int i = 1; i <= count; i++) {
                store.outbox().commitPaid(PaidOrders.paid(session, i, 5, "12.50", 1, PAID));
            }
        }
    }

    @Test
    void releasingASessionWithWaitingOrdersRecordsTheDecisionAndSaysWhatHappensNext() throws Exception {
        payInSession(7, 2);

        assertThat(run("release-held", "--session", "7")).isZero();

        assertThat(till.out()).contains("released POS session 7: 2 waiting orders (25.00)")
                .contains("rescue session");
        RescueApprovals approvals = new RescueApprovals(dataDir);
        assertThat(approvals.read()).containsExactly(7L);
        assertThat(approvals.approved(7)).isTrue();
        assertThat(approvals.approved(8)).isFalse();
    }

    @Test
    void aSessionWithoutWaitingOrdersIsNotReleased() throws Exception {
        payInSession(7, 1);

        assertThat(run("release-held", "--session", "9")).isEqualTo(1);

        assertThat(till.err()).contains("no waiting order belongs to POS session 9");
        assertThat(Files.exists(dataDir.resolve(RescueApprovals.NAME))).isFalse();
    }

    @Test
    void aSecondReleaseKeepsTheFirstAndAStrayLineInTheFileIsSkipped() throws Exception {
        payInSession(7, 1);
        payInSession(12, 1);
        assertThat(run("release-held", "--session", "7")).isZero();
        Files.writeString(dataDir.resolve(RescueApprovals.NAME), "seven\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(run("release-held", "--session", "12")).isZero();

        assertThat(new RescueApprovals(dataDir).read()).containsExactly(7L, 12L);
    }

    @Test
    void aMissingOrMalformedSessionIsAUsageError() throws Exception {
        assertThat(run("release-held")).isEqualTo(2);
        assertThat(till.err()).contains("--session");
        assertThat(run("release-held", "--session", "POS/001")).isEqualTo(2);
        assertThat(till.err()).contains("'--session'").contains("POS/001 is not a POS session id")
                .contains("usage: till outbox release-held").contains("--session ID");
        assertThat(new RescueApprovals(dataDir).read()).isEmpty();
    }

    @Test
    void theSessionIsTheHeadOfTheUid() {
        assertThat(OutboxRelease.sessionOf("00042-001-0007")).isEqualTo(42);
        assertThat(OutboxRelease.sessionOf("no-session")).isEqualTo(-1);
    }
}
