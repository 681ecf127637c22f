package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import till.catalog.Catalog;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.odoo.OdooClient;
import till.order.PaidOrder;
import till.store.TillStore;
import till.testsupport.DemoShop;
import till.testsupport.PaidOrders;

/**
 * A day and the next morning with the commands, on every demo profile: sell, send, close with a cash count, open the
 * next session with an opening count ({@code till session open}), sell on it; the order lands in the new session on
 * the server and the new session's figures start from its opening cash. The exit codes and JSON keys of
 * {@code session open} and the additions to {@code session status}.
 */
class SessionDayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private DemoServer server;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private DemoShop shop;
    private int first;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        first = server.openSession();
        shop = DemoShop.of(profile);
        if (profile == Profile.V14) {
            cashControl();
        }
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
    void theNextMorningOpensWithTheCountedCashAndSellsOnTheNewSession(Profile profile) throws Exception {
        start(profile);
        pay(first, 1, shop.cash(), "2.50");
        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();
        assertThat(till("session", "close", "--counted-cash", "40")).as(err.toString()).isZero();

        assertThat(till("session", "status", "--json")).as(err.toString()).isZero();
        assertThat(JSON.readTree(out.toString()).path("current_session").isNull()).isTrue();

        assertThat(till("session", "open", "--counted-cash", "42.5", "--note", "morning", "--json"))
                .as(err.toString()).isZero();
        JsonNode opened = JSON.readTree(out.toString());
        long next = opened.path("session").path("id").asLong();
        assertThat(next).isNotEqualTo(first);
        assertThat(opened.path("opened").asBoolean()).isTrue();
        assertThat(opened.path("session").path("state").asText()).isEqualTo("opened");
        assertThat(opened.path("session").path("opening_cash").decimalValue()).isEqualByComparingTo("42.5");
        assertThat(opened.path("cash").path("expected").decimalValue()).isEqualByComparingTo("40");
        assertThat(opened.path("cash").path("counted").decimalValue()).isEqualByComparingTo("42.5");
        assertThat(opened.path("cash").path("difference").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(opened.path("note").asText()).isEqualTo("morning");
        assertThat(opened.path("till_sells_on_it").asBoolean()).isTrue();
        assertThat(cachedSession()).isEqualTo(next);

        PaidOrder sold = pay(next, 1, shop.cash(), "3.00");
        assertThat(till("outbox", "resend", "--timeout", "30")).as(err.toString()).isZero();

        assertThat(server.sessionRecord((int) next).path("order_ids")).hasSize(1);
        assertThat(server.sessionRecord(first).path("order_ids")).hasSize(1);
        assertThat(till("session", "status", "--json")).as(err.toString()).isZero();
        JsonNode status = JSON.readTree(out.toString());
        assertThat(status.path("session").path("id").asLong()).isEqualTo(next);
        assertThat(status.path("session").path("state").asText()).isEqualTo("opened");
        assertThat(status.path("orders").asInt()).isEqualTo(1);
        assertThat(status.path("cash").path("opening").decimalValue()).isEqualByComparingTo("42.5");
        assertThat(status.path("cash").path("expected").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(status.path("current_session").path("id").asLong()).isEqualTo(next);
        assertThat(status.path("unsent")).isEmpty();
        assertThat(sold.uid()).startsWith(String.format("%05d", next));
    }

    @Test
    void openingWhileASessionIsOpenIsRefusedWithExitFive() throws Exception {
        start(Profile.V18);

        assertThat(till("session", "open", "--json")).isEqualTo(5);

        JsonNode refusal = JSON.readTree(out.toString());
        assertThat(refusal.path("opened").asBoolean()).isFalse();
        assertThat(refusal.path("session").path("id").asLong()).isEqualTo(first);
        assertThat(err.toString()).contains("is already opened on the server");
    }

    @Test
    void withoutCountedCashTheServersExpectedCashIsSentAndStatusNamesTheOpeningControlSession() throws Exception {
        start(Profile.V17);
        assertThat(till("session", "close", "--counted-cash", "12")).as(err.toString()).isZero();
        server.createSession();

        assertThat(till("session", "status")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("opening control, opening cash 12.00");

        assertThat(till("session", "open")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("opening cash 12.00 (expected 12.00, difference 0.00)");
    }

    @Test
    void withoutSetupOpenExitsThreeAndABadAmountIsAUsageError() {
        assertThat(till("session", "open")).isEqualTo(3);
        assertThat(err.toString()).contains("run till setup first");
        assertThat(till("session", "open", "--counted-cash", "-1")).isEqualTo(2);
    }

    private long cachedSession() {
        try (TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            return store.catalogCache().load().map(Catalog::settings).orElseThrow().sessionId();
        }
    }

    private PaidOrder pay(long session, int sequence, long method, String amount) {
        try (TillStore store = TillStore.open(dir.resolve("data"), Clock.systemUTC())) {
            PaidOrder order = PaidOrders.paid(session, sequence, shop.untaxedProduct(), amount, method, Instant.now());
            store.outbox().commitPaid(order);
            return order;
        }
    }

    /** 14's demo shop has no cash control; its opening count needs it (as 14's backend does). */
    private void cashControl() throws Exception {
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(1);
        args.addObject().put("cash_control", true);
        admin.callKw("pos.config", "write", args, JsonRpcClient.MAPPER.createObjectNode(), OdooClient.CALL_TIMEOUT);
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
