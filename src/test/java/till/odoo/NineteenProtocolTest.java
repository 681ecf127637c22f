package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.PaymentMethod;
import till.order.PaidOrder;
import till.testsupport.FakeOdooClient;
import till.testsupport.TranscriptCatalogs;
import till.testsupport.TranscriptOrders;
import till.testsupport.Transcripts;

/**
 * Odoo 19's own protocol, against what a real 19.0 server took and answered (v19): the device identifier, the flat
 * {@code load_data} with products on their templates, the 19 order dict with the change negative, and the
 * {@code sync_from_ui} answer read by uuid.
 */
class NineteenProtocolTest {

    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);
    /** Values that are the till's own: its uuids, its uid as the reference, its sequence number. */
    private static final List<String> OWN = List.of("uuid", "pos_reference", "sequence_number");

    private static JsonNode recordedOrder() {
        return Transcripts.read("v19", "300-order-a-paid-with-change").at("/request/body/params/args/0/0");
    }

    private static PosContext pos(int device) {
        return new PosContext(VersionProfile.V19, "posdb19", 1, 3, device, 2, null, Optional.empty(),
                Optional.empty(), "114990f80bbc4094", "19.0-2");
    }

    @Test
    void theOrderIsTheNineteenWebPosDictWithTheChangeNegative() {
        JsonNode recorded = recordedOrder();
        PaidOrder order = TranscriptOrders.paidOrder(recorded);

        ObjectNode built = OrderPayloads.build(order, pos(1));

        assertSameValues(built, recorded, "order");
        assertSameValues((ObjectNode) built.at("/lines/0/2"), recorded.at("/lines/0/2"), "line");
        assertSameValues((ObjectNode) built.at("/payment_ids/0/2"), recorded.at("/payment_ids/0/2"), "payment");
        assertThat(order.amountReturn()).isEqualByComparingTo("0.24");
        assertThat(built.path("amount_return").decimalValue()).as("19 books the change with the sign sent")
                .isEqualByComparingTo("-0.24");
        assertThat(built.path("amount_paid").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(built.path("name").asText()).isEqualTo("/");
        assertThat(built.path("tracking_number").asText()).isEqualTo("1001");
        assertThat(built.path("pos_reference").asText()).as("the reference the receipt prints")
                .isEqualTo(order.name());
        assertThat(built.at("/lines/0/2/tax_ids").toString()).isEqualTo("[1]");
        assertThat(built.has("general_note")).isFalse();
        assertThat(built.at("/lines/0/2").has("skip_change")).isFalse();
    }

    @Test
    void everyKeyOfTheNineteenDictIsOneTheNineteenWebPosSendsSoNoneFailsTheSync() {
        JsonNode recorded = recordedOrder();
        ObjectNode built = OrderPayloads.build(TranscriptOrders.paidOrder(recorded), pos(1));
        ObjectNode eighteen = WebPos18Order.build(TranscriptOrders.paidOrder(recorded), pos(1));

        built.fieldNames().forEachRemaining(k -> assertThat(recorded.has(k)).as("order key %s", k).isTrue());
        assertThat(eighteen.path("amount_return").decimalValue()).as("what 18 sends, which 19 would book as paid in")
                .isPositive();
    }

    @Test
    void theAnswerNamesTheOrderByUuidAndTheContextCarriesTheDeviceIdentifierAsText() throws Exception {
        JsonNode recorded = recordedOrder();
        JsonNode answer = Transcripts.read("v19", "300-order-a-paid-with-change").at("/response/body/result");
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(19, "19.0")).withSyncAnswer(answer);
        ObjectNode payload = (ObjectNode) recorded.deepCopy();

        OrderAnswer named = SyncFromUiOrders.NINETEEN.send(client, List.of(payload), pos(1));

        assertThat(named.named()).containsOnlyKeys("fe9ea998-48cc-4dd6-b5f8-f1df5b208303");
        OrderAnswer.Stored stored = named.named().get("fe9ea998-48cc-4dd6-b5f8-f1df5b208303");
        assertThat(stored.id()).isEqualTo(5);
        assertThat(stored.reference()).isEqualTo("261-1-000001");
        assertThat(stored.sessionId()).isEqualTo(3);
        ObjectNode context = client.lastSyncContext();
        assertThat(context.path("device_identifier").isTextual()).isTrue();
        assertThat(context.path("device_identifier").asText()).isEqualTo("1");
        assertThat(context.path("config_id").asLong()).isEqualTo(1);
        assertThat(context.has("login_number")).isFalse();
    }

    @Test
    void aStartOfTheTillRegistersADeviceInsteadOfLoggingInToTheSession() throws Exception {
        JsonNode answer = Transcripts.read("v19", "205-register-new-device-identifier").at("/response/body/result");
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(19, "19.0"))
                .withCall("pos.config", "register_new_device_identifier", answer);
        PosSession session = new PosSession(3, "Furniture Shop/00001", 1, 2, "opened", 0, List.of(1L, 2L, 3L));

        int number = VersionProfile.V19.logInToSession(client, session);

        assertThat(number).isEqualTo(1);
        assertThat(client.lastArgs("pos.config", "register_new_device_identifier").toString()).isEqualTo("[1]");
    }

    @Test
    void nineteensFlatLoadDataBecomesTheCatalogWithProductsFromTheirTemplates() throws Exception {
        TranscriptCatalogs.Loaded loaded = TranscriptCatalogs.load(19);
        Catalog catalog = loaded.snapshot().catalog();

        assertThat(loaded.client().lastArgs("pos.session", "load_data").toString()).isEqualTo("[3,[]]");
        assertThat(catalog.settings().configName()).isEqualTo("Furniture Shop");
        assertThat(catalog.settings().sessionId()).isEqualTo(3);
        assertThat(catalog.product(62).orElseThrow().name()).contains("Whiteboard Pen");
        assertThat(catalog.product(62).orElseThrow().listPrice()).isEqualByComparingTo("1.20");
        assertThat(catalog.product(62).orElseThrow().taxIds()).as("from product.template").containsExactly(1L);
        assertThat(catalog.product(62).orElseThrow().categoryId()).isEqualTo(1L);
        assertThat(catalog.product(55).orElseThrow().taxIds()).isEmpty();
        assertThat(catalog.product(54)).as("the tip product (a special product on pos.config)").isEmpty();
        assertThat(catalog.product(52)).as("a combo").isEmpty();
        assertThat(catalog.products()).hasSize(45);
        assertThat(catalog.paymentMethods()).extracting(PaymentMethod::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(catalog.paymentMethod(1).orElseThrow().cash()).isTrue();
        assertThat(catalog.taxesById()).containsKey(1L);
        assertThat(catalog.customers()).hasSize(41);
        PosContext context = loaded.snapshot().context();
        assertThat(context.profile()).isEqualTo(VersionProfile.V19);
        assertThat(context.busChannel()).isEqualTo("114990f80bbc4094");
        assertThat(context.websocketVersion()).isEqualTo("19.0-2");
    }

    /** Every key the till sends is one the 19 web POS sends, with the recorded value unless it is the till's own. */
    private static void assertSameValues(ObjectNode built, JsonNode recorded, String what) {
        built.fieldNames().forEachRemaining(key -> {
            assertThat(recorded.has(key)).as("%s key %s is a key the 19 web POS sends", what, key).isTrue();
            if (!OWN.contains(key) && !key.equals("lines") && !key.equals("payment_ids")) {
                assertThat(built.get(key).equals(BY_VALUE, recorded.get(key))).as("%s %s: built %s, recorded %s",
                        what, key, built.get(key), recorded.get(key)).isTrue();
            }
        });
    }
}
