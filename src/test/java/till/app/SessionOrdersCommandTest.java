package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.store.TillStore;
import till.testsupport.DemoShop;
import till.testsupport.PaidOrders;

/**
 * {@code till session orders [--search TEXT] [--json]} end to end: setup against the demo server (18), orders in the
 * real store, some delivered by the real sender; the session's orders newest first with their sending state, the
 * search, and the JSON keys of docs/history.md.
 */
class SessionOrdersCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private DemoServer server;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private int session;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listsTheSessionsOrdersNewestFirstWithTheirStateAndSearchesThem() throws Exception {
        start();
        List<PaidOrder> sent = pay(101, "2.50", "4.00");
        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();
        List<PaidOrder> waiting = pay(103, "12.50");

        assertThat(till("session", "orders")).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith(waiting.get(0).name()).contains("12.50").contains("waiting");
        assertThat(lines[1]).startsWith(sent.get(1).name()).contains("4.00").contains("sent");
        assertThat(lines[2]).startsWith(sent.get(0).name()).contains("sent");
        assertThat(lines[3]).isEqualTo("3 orders");

        assertThat(till("session", "orders", "--search", "12,50")).isZero();
        assertThat(out.toString()).contains(waiting.get(0).name()).doesNotContain(sent.get(0).name())
                .contains("1 order of 3");

        assertThat(till("session", "orders", "--json")).isZero();
        JsonNode array = JSON.readTree(out.toString());
        assertThat(array).extracting(o -> o.path("uid").asText()).containsExactly(waiting.get(0).uid(),
                sent.get(1).uid(), sent.get(0).uid());
        JsonNode newest = array.get(0);
        assertThat(newest.fieldNames()).toIterable().containsExactlyInAnyOrder("reference", "uid", "paid_at", "time",
                "customer", "total", "methods", "state", "last_error");
        assertThat(newest.path("reference").asText()).isEqualTo(waiting.get(0).name());
        assertThat(Instant.parse(newest.path("paid_at").asText())).isEqualTo(waiting.get(0).paidAt());
        assertThat(newest.path("total").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(newest.path("state").asText()).isEqualTo("waiting");
        assertThat(array.get(1).path("state").asText()).isEqualTo("sent");
        assertThat(newest.path("methods").get(0).asText()).isNotBlank();
    }

    @Test
    void withoutSetupItExitsThree() {
        assertThat(till("session", "orders")).isEqualTo(3);
        assertThat(err.toString()).contains("run till setup first");
    }

    private void start() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V18));
        session = server.openSession();
        Path password = Files.writeString(dir.resolve("password.txt"), DemoServer.PASSWORD + "\n");
        assertThat(till("setup", "--server", server.url().toString(), "--db", server.database(), "--login",
                DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1", "--keep-password"))
                .as(err.toString()).isZero();
    }

    private List<PaidOrder> pay(int firstSequence, String... prices) {
        DemoShop shop = DemoShop.of(Profile.V18);
        List<PaidOrder> orders = new ArrayList<>();
        try (TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            for (int i = 0; i < prices.length; i++) {
                PaidOrder order = PaidOrders.paid(session, firstSequence + i, shop.untaxedProduct(), prices[i],
                        shop.bank(), Instant.now().plusMillis(i));
                store.outbox().commitPaid(order);
                orders.add(order);
            }
        }
        return orders;
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
