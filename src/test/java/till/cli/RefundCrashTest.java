package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.odoo.Credentials;
import till.odoo.OdooOrderTransport;
import till.order.PaidOrder;
import till.outbox.OutboxState;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.RefundOrders;

/**
 * A refund's send cut by a kill -9 of a real child till, while the server is still committing it: after a restart the
 * refund is looked up, found, and never sent again, so the server holds it exactly once, linked to its original.
 */
class RefundCrashTest {

    @TempDir
    Path dataDir;

    @Test
    void aRefundWhoseSendIsKilledIsOnTheServerExactlyOnceAfterARestart() throws Exception {
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15))) {
            long session = server.openSession();
            Path password = Files.writeString(dataDir.resolve("pw.txt"), DemoServer.PASSWORD + "\n");
            CliRun till = new CliRun(dataDir);
            assertThat(till.run("--data-dir", dataDir.toString(), "setup", "--server", server.url().toString(),
                    "--db", server.database(), "--login", DemoServer.LOGIN, "--password-file", password.toString(),
                    "--pos-config", "1", "--keep-password")).as(till.err()).isZero();
            PaidOrder original = RefundOrders.original(session, 900, 27, 6, 2, Instant.now());
            try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
                store.outbox().commitPaid(original);
            }
            ConfiguredServer configured = (dir, pw) -> Optional.of(new ConfiguredServer.Connection(
                    server.url().toString(), OdooOrderTransport.connecting(server.url(), new Credentials(
                    server.database(), DemoServer.LOGIN, DemoServer.PASSWORD), 1), Duration.ofSeconds(1)));
            till = new CliRun(dataDir).withServer(configured);
            assertThat(till.run("--data-dir", dataDir.toString(), "outbox", "resend", "--timeout", "30"))
                    .as(till.err()).isZero();
            till.reset();
            assertThat(till.run("--data-dir", dataDir.toString(), "refund", original.uid(), "--line", "3:2",
                    "--method", "1", "--json")).as(till.err()).isZero();
            String refund = new ObjectMapper().readTree(till.out()).path("uid").asText();

            // The server takes the call, then commits the refund 3 s later, whatever becomes of the caller.
            server.inject(Fault.parse("slow-commit=3"));
            try (ChildTill child = ChildTill.start(dataDir, "outbox", "resend", "--timeout", "60")) {
                Await.until(() -> server.orderCalls("Order " + refund) == 1, "the refund's call at the server", 60);
                child.kill();
            }
            Await.until(() -> server.orderReferences().size() == 2, "the refund committed by the server", 30);
            server.clear(FaultKind.SLOW_COMMIT);

            till.reset();
            assertThat(till.run("--data-dir", dataDir.toString(), "outbox", "resend", "--timeout", "30"))
                    .as(till.out() + till.err()).isZero();

            assertThat(server.orderReferences()).containsOnlyOnce("Order " + refund);
            assertThat(server.orderCalls("Order " + refund)).as("never sent again").isEqualTo(1);
            assertThat(server.duplicates()).isEmpty();
            till.reset();
            assertThat(till.run("--data-dir", dataDir.toString(), "outbox", "list", "--json")).isZero();
            JsonNode rows = new ObjectMapper().readTree(till.out());
            assertThat(rows).extracting(r -> r.path("state").asText()).containsOnly(
                    OutboxState.SENT.name().toLowerCase());
        }
    }
}
