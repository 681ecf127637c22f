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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.store.TillStore;
import till.testsupport.DemoShop;
import till.testsupport.PaidOrders;

/**
 * {@code till session status|close} end to end on every demo profile: setup, orders in the real store, the real
 * sender ({@code till outbox resend}), the session closed on the demo server; the exit codes and the JSON keys.
 */
class SessionCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private DemoServer server;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private DemoShop shop;
    private int session;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        session = server.openSession();
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
    void closingIsRefusedWithAnUnsentOrderAndAllowedOnceItIsDelivered(Profile profile) throws Exception {
        start(profile);
        List<PaidOrder> paid = pay(2);

        assertThat(till("session", "close")).isEqualTo(4);
        assertThat(err.toString()).contains("2 orders of session " + session + " are not confirmed by the server")
                .contains(paid.get(0).uid() + "  waiting  2.50").contains(paid.get(1).uid() + "  waiting");
        assertThat(server.sessionRecord(session).path("state").asText()).isEqualTo("opened");

        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();
        assertThat(till("session", "close", "--counted-cash", "0", "--note", "end of day")).as(err.toString())
                .isZero();

        assertThat(out.toString()).contains("Z report: session ").contains("orders: 2, total 5.00");
        assertThat(server.sessionRecord(session).path("state").asText()).isEqualTo("closed");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void statusJsonShowsTheExpectedAmountsPerMethodAndTheUnsentOrders(Profile profile) throws Exception {
        start(profile);
        List<PaidOrder> paid = pay(3);

        assertThat(till("session", "status", "--json")).as(err.toString()).isZero();

        JsonNode status = JSON.readTree(out.toString());
        assertThat(status.path("session").path("id").asLong()).isEqualTo(session);
        assertThat(status.path("session").path("state").asText()).isEqualTo("opened");
        assertThat(status.path("orders").asInt()).isEqualTo(3);
        assertThat(status.path("total").decimalValue()).isEqualByComparingTo("7.50");
        JsonNode bank = find(status.path("methods"), shop.bank());
        assertThat(bank.path("expected").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(bank.path("cash").asBoolean()).isFalse();
        assertThat(status.path("cash").has("opening")).isTrue();
        assertThat(status.path("cash").has("expected")).isTrue();
        assertThat(status.path("unsent")).extracting(u -> u.path("uid").asText())
                .containsExactlyElementsOf(paid.stream().map(PaidOrder::uid).toList());
        assertThat(status.path("unsent").get(0).path("state").asText()).isEqualTo("waiting");
        assertThat(status.path("server_error").asText()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void closeJsonIsTheZReportWithItsKeys(Profile profile) throws Exception {
        start(profile);

        assertThat(till("session", "close", "--counted-cash", "3.5", "--json")).as(err.toString()).isZero();

        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.path("closed").asBoolean()).isTrue();
        assertThat(report.path("session").path("id").asLong()).isEqualTo(session);
        assertThat(report.path("cash").path("counted").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(report.path("cash").path("difference").decimalValue()).isEqualByComparingTo(
                report.path("cash").path("counted").decimalValue().subtract(report.path("cash").path("expected")
                        .decimalValue()));
        assertThat(report.fieldNames()).toIterable().contains("orders", "total", "refunds", "refund_total",
                "methods", "taxes", "cash_moves", "unsent", "closed_at", "note");
    }

    @Test
    void closeJsonRefusalListsTheUnsentOrdersAndExitsFour() throws Exception {
        start(Profile.V18);
        List<PaidOrder> paid = pay(1);

        assertThat(till("session", "close", "--json")).isEqualTo(4);

        JsonNode refusal = JSON.readTree(out.toString());
        assertThat(refusal.path("closed").asBoolean()).isFalse();
        assertThat(refusal.path("unsent").get(0).path("uid").asText()).isEqualTo(paid.get(0).uid());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aServerThatWillNotCloseExitsOneWithItsWords(Profile profile) throws Exception {
        start(profile);
        server.inject(new Fault(FaultKind.CLOSING_REFUSED, "There are still unposted entries in journal CSH1."));

        assertThat(till("session", "close")).isEqualTo(1);

        assertThat(err.toString()).contains("There are still unposted entries in journal CSH1.");
        assertThat(server.sessionRecord(session).path("state").asText()).isNotEqualTo("closed");
    }

    @Test
    void withoutSetupTheCommandsExitThreeAndABadAmountIsAUsageError() {
        assertThat(till("session", "close")).isEqualTo(3);
        assertThat(err.toString()).contains("run till setup first");
        assertThat(till("session", "status")).isEqualTo(3);

        assertThat(till("session", "close", "--counted-cash", "12,50")).isEqualTo(2);
        assertThat(err.toString()).contains("12,50 is not an amount");
    }

    private static JsonNode find(JsonNode methods, long id) {
        for (JsonNode m : methods) {
            if (m.path("id").asLong() == id) {
                return m;
            }
        }
        throw new AssertionError("no method " + id + " in " + methods);
    }

    private List<PaidOrder> pay(int count) {
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

    private int till(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
