package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.order.PaidOrder;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.store.TillStore;
import till.testsupport.DemoShop;
import till.testsupport.PaidOrders;

/**
 * {@code till simulate} and {@code till outbox resend} end to end on every demo profile (14, 15, 17, 18): setup, then
 * orders to the demo server.
 */
class SendingCommandsTest {

    @TempDir
    Path dir;

    private DemoServer server;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private DemoShop shop;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        // 17/18 start without an open session, as the captured databases did.
        server.openSession();
        shop = DemoShop.of(profile);
        Path password = Files.writeString(dir.resolve("password.txt"), DemoServer.PASSWORD + "\n");
        assertThat(till("setup", "--server", server.url().toString(), "--db", server.database(), "--login",
                DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1", "--keep-password"))
                .as(err.toString()).isZero();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void simulateSendsEveryPaidOrderToTheConfiguredServerOnce(Profile profile) throws Exception {
        start(profile);
        assertThat(till("simulate", "--orders", "7", "--seed", "3")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("sent: every paid order arrived at " + server.url());
        List<String> names = entries().stream().map(OutboxEntry::name).toList();
        assertThat(names).hasSize(7);
        assertThat(entries()).allMatch(e -> e.state() == OutboxState.SENT);
        assertThat(counts()).containsOnlyKeys(names).allSatisfy((name, n) -> assertThat(n).isOne());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void resendExitsOneSayingWhatWaitsWhileTheServerIsDownAndZeroOnceItIsBack(Profile profile) throws Exception {
        start(profile);
        List<PaidOrder> paid = pay(4);
        server.inject(Fault.of(FaultKind.DOWN));

        assertThat(till("outbox", "resend", "--timeout", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("4 orders (10.00) still wait after 1 s")
                .contains("The server cannot be reached right now");

        server.clear(FaultKind.DOWN);
        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("sending 4 waiting orders (10.00) to " + server.url())
                .contains("all orders arrived");
        assertThat(counts()).containsOnlyKeys(paid.stream().map(PaidOrder::name).toList())
                .allSatisfy((name, n) -> assertThat(n).isOne());

        assertThat(till("outbox", "resend")).isZero();
        assertThat(out.toString()).contains("no order waits");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void resendSaysWhichOrderTheServerRefusedAndStillSucceedsForTheOthers(Profile profile) throws Exception {
        start(profile);
        List<PaidOrder> paid = pay(3);
        server.inject(new Fault(FaultKind.ORDER_ERROR, paid.get(1).name()));

        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("all orders arrived; 1 rejected orders wait for a person");
        assertThat(counts()).containsOnlyKeys(paid.get(0).name(), paid.get(2).name());
    }

    private List<PaidOrder> pay(int count) {
        long session = server.openSession();
        List<PaidOrder> orders = new ArrayList<>();
        try (TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            for (int i = 1; i <= count; i++) {
                PaidOrder order = PaidOrders.paid(session, 100 + i, shop.untaxedProduct(), "2.50", shop.bank(),
                        Instant.now());
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

    private java.util.Map<String, Long> counts() {
        return server.orderReferences().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
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
