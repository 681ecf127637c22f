package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.OutboxEntry;
import till.store.TillStore;
import till.testsupport.Await;

/**
 * A till asked to end with SIGTERM (a logout, {@code kill}, a service manager) closes its store on the way out: the
 * database is left closed (sealed with its checksum) and compact, with every paid order in it (decision 0171).
 */
class SigtermTest {

    private static final String READY = "Till ready: the selling screen is shown";

    @TempDir
    Path dataDir;

    @Test
    void aCommandSigtermedWhileSellingClosesTheStoreWithEveryOrderItReportedPaid() throws Exception {
        List<String> paid = new ArrayList<>();
        try (ChildTill child = ChildTill.start(dataDir, "simulate", "--orders", "100000")) {
            for (int i = 0; i < 5; i++) {
                String line = child.nextLine(60, TimeUnit.SECONDS);
                assertThat(line).as("a paid line; stderr: %s", child.errors()).startsWith("paid ");
                paid.add(line.split(" ")[1]);
            }
            child.terminate();
            assertThat(child.exitCode(60)).as("stderr: %s", child.errors()).isNotZero();
            child.remainingLines().forEach(line -> paid.add(line.split(" ")[1]));
        }
        assertSealedAndCompact();
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid).containsAll(paid);
        }
    }

    @Test
    void theTillsWindowSigtermedClosesTheStoreCompactWithItsPaidOrders() throws Exception {
        try (ChildTill seller = ChildTill.start(dataDir, "simulate", "--orders", "3")) {
            assertThat(seller.exitCode(120)).as("stderr: %s", seller.errors()).isZero();
        }
        try (ChildTill till = ChildTill.startWindow(dataDir)) {
            Path log = dataDir.resolve("logs").resolve("till.log");
            Await.until(() -> logSays(log, READY), "the till's screen is shown", 120);
            Files.deleteIfExists(checksum());
            till.terminate();
            till.exitCode(60);
            assertThat(till.errors()).doesNotContain("Exception");
        }
        assertSealedAndCompact();
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            assertThat(store.outbox().list()).hasSize(3);
        }
    }

    /** Sealed: only a clean close writes the checksum. Compact: a second close (compacting again) hardly shrinks it. */
    private void assertSealedAndCompact() throws Exception {
        assertThat(checksum()).exists();
        long asLeft = Files.size(dataDir.resolve("till.mv.db"));
        TillStore.open(dataDir, Clock.systemUTC()).close();
        long compact = Files.size(dataDir.resolve("till.mv.db"));
        assertThat(asLeft).isLessThanOrEqualTo(2 * compact);
    }

    private Path checksum() {
        return dataDir.resolve("till.mv.db.checksum");
    }

    private static boolean logSays(Path log, String line) {
        try {
            return Files.exists(log) && Files.readString(log).contains(line);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
