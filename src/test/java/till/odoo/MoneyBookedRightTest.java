package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.outbox.OutboxState;
import till.testsupport.SenderRig;
import till.testsupport.TranscriptOrders;
import till.testsupport.Transcripts;

/**
 * Money is booked right on every profile: the cash sale with change that each version's web POS sent in its
 * transcript (300) goes through Till's real sender to the demo server of that version, and the order and payments
 * the demo then holds carry the amounts the real server booked for it (301, 302): the tendered cash, the change as a
 * negative payment, {@code amount_paid} net of the change and {@code amount_return} positive. Each version wants the
 * change in its own form (14/15/17: positive and booked negative by the server, 18: positive and negated, 19:
 * negative and used as sent), so on 19 this fails if Till sends the sign of 18 (the demo then books +change, as the
 * real 19 did in 303-305).
 */
class MoneyBookedRightTest {

    @TempDir
    Path dir;
    private DemoServer server;
    private SenderRig rig;

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @CsvSource({"14, 302-order-a-payments-readback", "15, 302-order-a-payments-readback",
        "17, 302-order-payments-readback-all", "18, 302-order-a-payments-readback",
        "19, 302-order-a-payments-readback"})
    void aCashSaleWithChangeIsBookedAsTheWebPosOfThatVersionBooksIt(int major, String paymentsFile) throws Exception {
        String version = "v" + major;
        JsonNode sent = Transcripts.read(version, "300-order-a-paid-with-change").at("/request/body/params/args/0/0");
        JsonNode bookedOrder = Transcripts.read(version, "301-order-a-readback").at("/response/body/result/0");
        List<BigDecimal> bookedPayments = amounts(Transcripts.read(version, paymentsFile)
                .at("/response/body/result"), bookedOrder.path("id").asLong());
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.parse(Integer.toString(major))));
        server.openSession();
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        Login login = client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        PosSession session = client.openSession(1).orElseThrow();
        PosContext pos = new PosContext(VersionProfile.of(login.serverVersion()), server.database(), 1, session.id(),
                1, login.uid(), PosData.optionalId(PosConfigs.read(client, 1).path("pricelist_id")), Optional.empty(),
                Optional.empty());
        PaidOrder order = inSession(TranscriptOrders.paidOrder(sent.has("data") ? sent.get("data") : sent),
                session.id());
        rig = new SenderRig(dir, new OdooOrderTransport(client, () -> pos));
        rig.store.outbox().commitPaid(order);

        rig.sender.start();
        rig.sleeper.nextSleep();

        assertThat(rig.state(order)).isEqualTo(OutboxState.SENT);
        JsonNode stored = storedOrder(client, order);
        assertThat(stored.path("amount_paid").decimalValue()).as("amount_paid, net of the change")
                .isEqualByComparingTo(bookedOrder.path("amount_paid").decimalValue());
        assertThat(stored.path("amount_return").decimalValue()).as("amount_return")
                .isEqualByComparingTo(bookedOrder.path("amount_return").decimalValue());
        List<Long> paymentIds = new ArrayList<>();
        stored.path("payment_ids").forEach(id -> paymentIds.add(id.asLong()));
        List<BigDecimal> payments = amounts(client.read("pos.payment", paymentIds, List.of("amount", "is_change")),
                0);
        assertThat(payments).as("the payments: the cash tendered and the change, negative")
                .usingElementComparator(BigDecimal::compareTo).containsExactlyInAnyOrderElementsOf(bookedPayments);
        assertThat(payments).anySatisfy(p -> assertThat(p).isNegative());
    }

    /** The transcript's sale, numbered in the demo's open session (as the till would have numbered it). */
    private static PaidOrder inSession(PaidOrder o, long sessionId) {
        return new PaidOrder(new OrderUid(sessionId, 1, 1), o.createdAt(), o.paidAt(), o.customerId(), o.lines(),
                o.payments(), o.totals(), o.amountPaid(), o.amountReturn());
    }

    private static JsonNode storedOrder(OdooClient client, PaidOrder order) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("pos_reference").add("=").add(order.name());
        ArrayNode found = client.searchRead("pos.order", domain, List.of("amount_paid", "amount_return",
                "payment_ids"), "", 0);
        assertThat(found).as("the order %s on the server", order.name()).hasSize(1);
        return found.get(0);
    }

    /** The amounts of the payments (of order {@code orderId} when the read-back holds others too, else 0). */
    private static List<BigDecimal> amounts(JsonNode payments, long orderId) {
        List<BigDecimal> out = new ArrayList<>();
        for (JsonNode p : payments) {
            if (orderId == 0 || !p.has("pos_order_id") || p.path("pos_order_id").path(0).asLong() == orderId) {
                out.add(p.path("amount").decimalValue());
            }
        }
        return out;
    }
}
