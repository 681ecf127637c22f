package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderIntakeTest {

    private DemoServer demo;
    private RecordingClient client;

    @BeforeEach
    void start() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));
        client = new RecordingClient(demo.url());
        client.login();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private RecordingClient.Answer send(String args) throws Exception {
        return client.callKw("pos.order", "create_from_ui", args, "{}");
    }

    @Test
    void aResentOrderWithAServerIdKeyIsSkippedWithAnEmptyResult() throws Exception {
        String order = TestOrders.order("Order 00001-001-0001", 1, 27, 25.0, true);
        send(TestOrders.batch(order));

        assertThat(send(TestOrders.batch(order)).result()).isEmpty();
        assertThat(TestOrders.storedReferences(client)).containsExactly("Order 00001-001-0001");
    }

    @Test
    void aResentOrderWithoutAServerIdKeyIsStoredAgainAsOnTheRealServer() throws Exception {
        String order = TestOrders.order("Order 00001-001-0001", 1, 27, 25.0, false);
        send(TestOrders.batch(order));

        assertThat(send(TestOrders.batch(order)).result()).hasSize(1);
        assertThat(TestOrders.storedReferences(client)).containsExactly("Order 00001-001-0001",
                "Order 00001-001-0001");
    }

    @Test
    void aBatchAnswersNewestIdFirstWithIdAndPosReference() throws Exception {
        JsonNode result = send(TestOrders.batch(TestOrders.order("Order 00001-001-0001", 27),
                TestOrders.order("Order 00001-001-0002", 49), TestOrders.order("Order 00001-001-0003", 6))).result();

        assertThat(result).hasSize(3);
        assertThat(result.get(0).get("pos_reference").asText()).isEqualTo("Order 00001-001-0003");
        assertThat(result.get(0).get("id").asInt()).isGreaterThan(result.get(2).get("id").asInt());
        assertThat(result.get(0).size()).isEqualTo(2);
    }

    @Test
    void anUnknownProductFailsTheWholeBatchWithTheForeignKeyValidationError() throws Exception {
        RecordingClient.Answer answer = send(TestOrders.batch(TestOrders.order("Order 00001-001-0001", 27),
                TestOrders.order("Order 00001-001-0002", 999999)));

        assertThat(answer.error().at("/data/name").asText()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(answer.error().at("/data/message").asText()).contains("pos_order_line_product_id_fkey");
        assertThat(TestOrders.storedReferences(client)).isEmpty();
    }

    @Test
    void anIsoDateInAPaymentLineFailsTheCallWithValueError() throws Exception {
        String order = TestOrders.order("Order 00001-001-0001", 27).replace("\"2026-11-29 21:52:37\"",
                "\"2026-11-29T21:36:00.000Z\"");

        RecordingClient.Answer answer = send(TestOrders.batch(order));

        assertThat(answer.error().at("/data/name").asText()).isEqualTo("builtins.ValueError");
        assertThat(answer.error().at("/data/message").asText()).isEqualTo(
                "time data '2026-11-29T21:36:00.000Z' does not match format '%Y-%m-%d %H:%M:%S'");
        assertThat(TestOrders.storedReferences(client)).isEmpty();
    }

    @Test
    void ordersForAClosedSessionLandInARescueSession() throws Exception {
        int closed = demo.closeCurrentSession();
        int reopened = demo.openSession();

        send(TestOrders.batch(TestOrders.order("Order 00001-001-0001", 27)));

        JsonNode order = client.callKw("pos.order", "search_read", "[]",
                "{\"domain\":[[\"pos_reference\",\"=\",\"Order 00001-001-0001\"]],\"fields\":[\"session_id\"]}")
                .result().get(0);
        assertThat(reopened).isNotEqualTo(closed);
        assertThat(order.at("/session_id/1").asText()).isEqualTo("POS/00003 (RESCUE FOR POS/00001)");
    }

    @Test
    void aDraftOrderIsCompletedWhenSentAgainWithoutDraft() throws Exception {
        String order = TestOrders.order("Order 00001-001-0001", 27);
        send("[[" + order + "],true]");

        JsonNode again = send(TestOrders.batch(order)).result();

        assertThat(again).hasSize(1);
        JsonNode stored = client.callKw("pos.order", "search_read", "[]", "{\"fields\":[\"state\"]}").result();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("state").asText()).isEqualTo("paid");
    }

    @Test
    void aCashOverpaymentGetsAServerMadeChangeLine() throws Exception {
        String order = TestOrders.order("Order 00001-001-0001", 27).replace("\"amount_return\":0",
                "\"amount_return\":5.00").replace("\"amount\":25.00}", "\"amount\":30.00}");

        send(TestOrders.batch(order));

        JsonNode payments = client.callKw("pos.payment", "search_read", "[]",
                "{\"fields\":[\"name\",\"amount\",\"is_change\"]}").result();
        assertThat(payments).hasSize(2);
        assertThat(payments.get(0).get("name").asText()).isEqualTo("return");
        assertThat(payments.get(0).get("amount").asDouble()).isEqualTo(-5.0);
        assertThat(payments.get(0).get("is_change").asBoolean()).isTrue();
    }

    @Test
    void aPriceChangedThroughTheApiIsWhatTheNextLoadSees() throws Exception {
        demo.setProductPrice(6, new BigDecimal("42.50"));

        JsonNode lamp = client.callKw("product.product", "read", "[[6],[\"lst_price\",\"taxes_id\"]]", "{}")
                .result().get(0);

        assertThat(lamp.get("lst_price").asDouble()).isEqualTo(42.5);
        assertThat(lamp.get("taxes_id").get(0).asInt()).isEqualTo(1);
    }

    @Test
    void loginReturnsTheNextLoginNumberOfTheSession() throws Exception {
        assertThat(client.callKw("pos.session", "login", "[[1]]", "{}").result().asInt()).isEqualTo(1);
        assertThat(client.callKw("pos.session", "login", "[[1]]", "{}").result().asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownFieldIsRefusedAsOnTheRealServer() throws Exception {
        RecordingClient.Answer answer = client.callKw("res.partner", "search_read", "[]",
                "{\"fields\":[\"no_such_field\"]}");

        assertThat(answer.error().at("/data/message").asText())
                .isEqualTo("Invalid field 'no_such_field' on model 'res.partner'");
    }

    @Test
    void storedOrdersLinkTheirCustomerLinesAndPaymentsAsManyToOnes() throws Exception {
        send(TestOrders.batch(TestOrders.order("Order 00001-001-0001", 27).replace("\"partner_id\":false",
                "\"partner_id\":14")));

        JsonNode order = client.callKw("pos.order", "search_read", "[]",
                "{\"fields\":[\"name\",\"partner_id\",\"lines\"]}").result().get(0);
        JsonNode line = client.callKw("pos.order.line", "read", "[" + order.get("lines") + ",[\"order_id\"]]", "{}")
                .result().get(0);
        assertThat(order.get("partner_id").get(1).asText()).isEqualTo("Azure Interior");
        assertThat(line.get("order_id").get(1).asText()).isEqualTo(order.get("name").asText());
    }
}
