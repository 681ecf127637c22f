package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.RetryRequestFile;
import till.store.TillStore;
import till.testsupport.PaidOrders;

/**
 * {@code till outbox resend}'s timeout and {@code till outbox retry-rejected}, end to end: a till set up against the
 * demo server, the commands run as {@code Main} runs them.
 */
class OutboxCommandsOnDemoServerTest {

    private static final String CREATE_FROM_UI = "/web/dataset/call_kw/pos.order/create_from_ui";

    @TempDir
    Path dir;

    private DemoServer server;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));
        Path password = Files.writeString(dir.resolve("password.txt"), DemoServer.PASSWORD + "\n");
        assertThat(till("setup", "--server", server.url().toString(), "--db", server.database(), "--login",
                DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1", "--keep-password"))
                .as(err.toString()).isZero();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void resendEndsWithinItsTimeoutWhileCreateFromUiHangsAndSaysTheServerMayHaveTheOrders() {
        List<PaidOrder> paid = pay(2);
        server.inject(new Fault(FaultKind.HANG, CREATE_FROM_UI));

        long start = System.nanoTime();
        int exit = till("outbox", "resend", "--timeout", "3");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(exit).isEqualTo(1);
        assertThat(took).as("the timeout bounds the whole command").isLessThan(Duration.ofSeconds(3 + 4));
        assertThat(err.toString()).contains("2 orders (5.00) still wait after 3 s")
                .contains("2 of them may already be on the server: the till looks them up from ")
                .contains("UTC (after the server's request time limit)");
        assertThat(entries()).allMatch(e -> e.state() == OutboxState.UNKNOWN);
        assertThat(server.orderReferences()).doesNotContainAnyElementsOf(paid.stream().map(PaidOrder::name)
                .toList());
    }

    @Test
    void retryRejectedPutsTheRefusedOrderBackAndResendDeliversIt() {
        List<PaidOrder> paid = pay(2);
        server.inject(new Fault(FaultKind.ORDER_ERROR, paid.get(1).name()));
        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();
        server.clearFaults();

        assertThat(till("outbox", "retry-rejected", "--uid", paid.get(1).uid())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 rejected orders (2.50) wait to be sent again");
        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();

        assertThat(entries()).allMatch(e -> e.state() == OutboxState.SENT);
        assertThat(server.duplicates()).isEmpty();
        assertThat(till("outbox", "retry-rejected")).isEqualTo(1);
        assertThat(err.toString()).contains("no order is rejected");
    }

    @Test
    void retryRejectedWhileATillHoldsTheStoreLeavesTheRequestForItsSender() {
        Path data = dir.resolve("data");
        try (TillStore running = TillStore.open(data, Clock.systemUTC())) {
            assertThat(till("outbox", "retry-rejected")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Another Till is already running")
                    .contains(RetryRequestFile.NAME).contains("at its next try");
        }
        assertThat(new RetryRequestFile(data).take()).containsExactly(Optional.empty());
        assertThat(new RetryRequestFile(data).take()).as("taken once").isEmpty();
    }

    private List<PaidOrder> pay(int count) {
        long session = server.openSession();
        List<PaidOrder> orders = new ArrayList<>();
        try (TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            for (int i = 1; i <= count; i++) {
                PaidOrder order = PaidOrders.paid(session, 100 + i, 27, "2.50", 2, Instant.now());
                store.outbox().commitPaid(order);
                orders.add(order);
            }
        }
        return orders;
    }

    private List<OutboxEntry> entries() {
        try (TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            return store.outbox().list();
        }
    }

    private int till(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
