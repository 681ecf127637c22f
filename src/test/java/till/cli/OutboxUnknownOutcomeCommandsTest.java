package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.odoo.Credentials;
import till.odoo.OdooOrderTransport;
import till.order.PaidOrder;
import till.outbox.Confirmation;
import till.outbox.OutboxState;
import till.store.TillStore;
import till.testsupport.FullDiskQueue;
import till.testsupport.PaidOrders;

/**
 * What the outbox commands say about orders of unknown outcome and orders a lookup found, and {@code outbox resend} on
 * a disk that fills up while it sends.
 */
class OutboxUnknownOutcomeCommandsTest {

    private static final Instant PAID = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void listAndItsJsonSayWhichOrderIsOfUnknownOutcomeAndWhichALookupFound() throws Exception {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            for (int i = 1; i <= 3; i++) {
                store.outbox().commitPaid(PaidOrders.paid(7, i, 5, "12.50", 1, PAID));
            }
            List<PaidOrder> claimed = store.outboxQueue().claim(2, Set.of());
            store.outboxQueue().markUnknown(List.of(claimed.get(0).uid()), "The server did not answer within 31 s.");
            store.outboxQueue().markSent(Map.of(claimed.get(1).uid(), 42L), Confirmation.LOOKUP);
        }
        CliRun till = new CliRun(dataDir);

        assertThat(till.run("--data-dir", dataDir.toString(), "outbox", "list", "--json")).isZero();
        JsonNode rows = new ObjectMapper().readTree(till.out());
        assertThat(rows.get(0).path("state").asText()).isEqualTo("unknown");
        assertThat(rows.get(0).path("unknown_since").asText()).isNotEmpty();
        assertThat(rows.get(0).has("found_by_lookup")).isFalse();
        assertThat(rows.get(1).path("state").asText()).isEqualTo("sent");
        assertThat(rows.get(1).path("found_by_lookup").asBoolean()).isTrue();
        assertThat(rows.get(1).path("server_id").asLong()).isEqualTo(42);
        assertThat(rows.get(2).has("unknown_since")).isFalse();
        assertThat(rows.get(2).has("server_id")).isFalse();

        till.reset();
        assertThat(till.run("--data-dir", dataDir.toString(), "outbox", "list")).isZero();
        assertThat(till.out()).contains("unknown").contains("The server did not answer within 31 s.")
                .contains("found on the server by a lookup (id 42)");
    }

    @Test
    void resendOnADiskThatFillsUpExitsOneSayingSoAndTheOrdersAreNotConfirmed() throws Exception {
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15))) {
            long session = server.openSession();
            try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
                store.outbox().commitPaid(PaidOrders.paid(session, 1, 27, "2.50", 2, PAID));
            }
            FullDiskQueue[] disk = new FullDiskQueue[1];
            ConfiguredServer configured = (dir, password) -> Optional.of(new ConfiguredServer.Connection(
                    server.url().toString(), OdooOrderTransport.connecting(server.url(), new Credentials(
                    server.database(), DemoServer.LOGIN, DemoServer.PASSWORD), 1)));
            OutboxResend resend = new OutboxResend(configured, q -> {
                disk[0] = new FullDiskQueue(q, dataDir);
                disk[0].fillAfterNextClaim();
                return disk[0];
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandContext context = new CommandContext(new GlobalOptions(dataDir),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                    StandardCharsets.UTF_8));

            int exit = resend.run(30, Optional.empty(), context);

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString()).doesNotContain("all orders arrived");
            assertThat(err.toString()).contains("could not save").contains("The disk holding " + dataDir
                    + " is full").contains("1 orders (2.50) are not confirmed on this till");
            assertThat(server.orderReferences()).hasSize(1);
            try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
                assertThat(store.outbox().list()).noneMatch(e -> e.state() == OutboxState.SENT);
            }
        }
    }
}
