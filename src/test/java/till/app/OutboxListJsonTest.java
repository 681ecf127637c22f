package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.order.PaidOrder;
import till.store.TillStore;
import till.testsupport.PaidOrders;

/**
 * {@code till outbox list --json} is a contract scripts read: on a fixture store with an order in every state, the
 * output is byte for byte the one recorded in {@code outbox-list.json} (recorded with the hand-written parser, before
 * the command line moved to picocli), with {@code --data-dir} before or after the subcommand.
 */
class OutboxListJsonTest {

    private static final Instant PAID = Instant.parse("2026-11-30T09:00:00.250Z");

    @TempDir
    Path dataDir;
    private final MainRun main = new MainRun();

    @Test
    void theJsonOfEveryStateIsUnchangedByteForByte() throws IOException {
        fixtureStore();

        assertThat(main.run("--data-dir", dataDir.toString(), "outbox", "list", "--json")).as(main.err()).isZero();

        assertThat(main.out()).isEqualTo(expected());
    }

    @Test
    void theDataDirectoryAfterTheSubcommandGivesTheSameBytes() throws IOException {
        fixtureStore();

        assertThat(main.run("outbox", "list", "--json", "--data-dir", dataDir.toString())).as(main.err()).isZero();

        assertThat(main.out()).isEqualTo(expected());
    }

    /** Five paid orders: one sent, one rejected with the server's words, one back to waiting with an error, two new. */
    private void fixtureStore() {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            for (int i = 1; i <= 5; i++) {
                PaidOrder order = PaidOrders.paid(7, i, 20 + i, i + "2.5" + i, 1, PAID.plusSeconds(60L * i));
                store.outbox().commitPaid(order);
            }
            List<PaidOrder> claimed = store.outboxQueue().claim(3, Set.of());
            store.outboxQueue().markSent(List.of(claimed.get(0).uid()));
            store.outboxQueue().markRejected(claimed.get(1).uid(), "Product \"Product 22\" is archived");
            store.outboxQueue().release(List.of(claimed.get(2).uid()), "The server cannot be reached (connection"
                    + " refused)");
        }
    }

    private static String expected() throws IOException {
        try (InputStream in = OutboxListJsonTest.class.getResourceAsStream("outbox-list.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
