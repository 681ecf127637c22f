package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import till.order.PaidOrder;
import till.testsupport.TranscriptOrders;
import till.testsupport.Transcripts;

/**
 * The order JSON built from a {@link PaidOrder} is the one the web POS sent in the transcripts, key for key. Numbers
 * are compared by value (the web POS writes {@code 40.0} where Till writes {@code 40.00}: the same number on the wire
 * for Python's json).
 */
class OrderPayloadsTest {

    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"v14, V14", "v15, V15"})
    void orderABuildsExactlyTheRecordedRequest(String version, VersionProfile profile) {
        JsonNode recorded = Transcripts.read(version, "300-order-a-paid-with-change")
                .at("/request/body/params/args/0/0");
        JsonNode data = recorded.get("data");
        PosContext pos = new PosContext(profile, "posdb", 1, 2, 1, data.get("user_id").asLong(),
                data.get("pricelist_id").asLong(), Optional.empty(), Optional.empty());

        ObjectNode built = OrderPayloads.build(orderFrom(data), pos);

        assertThat(built.equals(BY_VALUE, recorded)).as("built %s%nrecorded %s", built, recorded).isTrue();
        assertThat(fieldNames(built.get("data"))).containsExactlyElementsOf(fieldNames(data));
        assertThat(fieldNames(built.at("/data/lines/0/2")))
                .containsExactlyElementsOf(fieldNames(data.at("/lines/0/2")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"v14, V14", "v15, V15"})
    void theChangeTravelsInAmountReturnNotAsANegativePayment(String version, VersionProfile profile) {
        JsonNode data = Transcripts.read(version, "300-order-a-paid-with-change")
                .at("/request/body/params/args/0/0/data");
        PosContext pos = new PosContext(profile, "posdb", 1, 2, 1, 2, 1L, Optional.empty(), Optional.empty());

        ObjectNode built = OrderPayloads.build(orderFrom(data), pos);

        assertThat(built.at("/data/amount_return").decimalValue()).isEqualByComparingTo("1.6");
        assertThat(built.at("/data/statement_ids")).hasSize(1);
        assertThat(built.at("/data/statement_ids/0/2/amount").decimalValue()).isEqualByComparingTo("50");
    }

    @Test
    void seventeensOrderIsTheRecordedRequestWithDateOrderAndWithoutThePortalSecrets() {
        JsonNode recorded = Transcripts.read("v17", "300-order-a-paid-with-change").at("/request/body/params/args/0/0");
        JsonNode data = recorded.get("data");
        PosContext pos = new PosContext(VersionProfile.V17, "posdb17", 1, 3, 1, 2, null, Optional.empty(),
                Optional.empty());

        ObjectNode built = OrderPayloads.build(orderFrom(data), pos);

        ObjectNode expected = recorded.deepCopy();
        ((ObjectNode) expected.get("data")).remove(List.of("access_token", "ticket_code"));
        // Line uuids are Till's own (derived from the order, the same on every resend); the rest is the web POS's.
        ((ObjectNode) expected.at("/data/lines/0/2")).put("uuid", built.at("/data/lines/0/2/uuid").asText());
        assertThat(built.equals(BY_VALUE, expected)).as("built %s%nrecorded %s", built, expected).isTrue();
        assertThat(fieldNames(built)).containsExactlyElementsOf(fieldNames(recorded));
        assertThat(fieldNames(built.get("data"))).containsExactlyElementsOf(fieldNames(expected.get("data")));
        assertThat(fieldNames(built.at("/data/lines/0/2")))
                .containsExactlyElementsOf(fieldNames(data.at("/lines/0/2")));
        assertThat(fieldNames(built.at("/data/statement_ids/0/2")))
                .containsExactlyElementsOf(fieldNames(data.at("/statement_ids/0/2")));
        assertThat(built.at("/data/date_order").asText()).isEqualTo("2026-11-29 21:51:58");
        assertThat(built.at("/data").has("creation_date")).isFalse();
        assertThat(UUID.fromString(built.at("/data/lines/0/2/uuid").asText()).version()).isEqualTo(3);
    }

    @Test
    void eighteensOrderIsAFlatDictWithTheRecordedValuesAndTillsOwnUuids() {
        JsonNode recorded = Transcripts.read("v18", "300-order-a-paid-with-change").at("/request/body/params/args/0/0");
        PosContext pos = new PosContext(VersionProfile.V18, "posdb18b", 1, 3, 1, 2, null, Optional.empty(),
                Optional.empty());

        ObjectNode built = OrderPayloads.build(orderFrom(recorded), pos);

        List<String> ownUuids = List.of("uuid");
        assertSameValues(built, recorded, ownUuids, "order");
        assertSameValues((ObjectNode) built.at("/lines/0/2"), recorded.at("/lines/0/2"), ownUuids, "line");
        assertSameValues((ObjectNode) built.at("/payment_ids/0/2"), recorded.at("/payment_ids/0/2"), ownUuids,
                "payment");
        assertThat(built.at("/lines/0")).hasSize(3);
        assertThat(built.at("/lines/0/0").asInt()).isZero();
        assertThat(built.path("payment_ids")).hasSize(1);
        assertThat(fieldNames(built)).as("everything that carries the order's content").contains("name",
                "date_order", "user_id", "amount_tax", "amount_total", "amount_paid", "amount_return", "lines",
                "pricelist_id", "partner_id", "sequence_number", "session_id", "state", "pos_reference",
                "fiscal_position_id", "payment_ids", "to_invoice", "uuid");
        assertThat(built.path("amount_paid").decimalValue()).as("tendered, as the 18 web POS sends it")
                .isEqualByComparingTo("3.0");
        assertThat(built.path("date_order").asText()).isEqualTo("2026-12-07 12:34:38");
        assertThat(built.path("access_token").isMissingNode()).isTrue();
        assertThat(built.path("ticket_code").isMissingNode()).isTrue();
        assertThat(UUID.fromString(built.path("uuid").asText()).version()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(VersionProfile.class)
    void theSameStoredOrderAlwaysGivesTheSamePayloadAndOtherOrdersOtherUuids(VersionProfile profile) {
        JsonNode data = Transcripts.read("v17", "320-order-c-batch-of-3").at("/request/body/params/args/0");
        PosContext pos = new PosContext(profile, "db", 1, 3, 1, 2, null, Optional.empty(), Optional.empty());
        PaidOrder first = orderFrom(data.get(0).get("data"));
        PaidOrder second = orderFrom(data.get(1).get("data"));

        ObjectNode once = OrderPayloads.build(first, pos);
        ObjectNode again = OrderPayloads.build(orderFrom(data.get(0).get("data")), pos);

        assertThat(again).isEqualTo(once);
        assertThat(OrderUuids.order(second)).isNotEqualTo(OrderUuids.order(first));
        assertThat(OrderUuids.order(first)).isEqualTo(OrderUuids.order(orderFrom(data.get(0).get("data"))));
    }

    /** Every key the till sends has the recorded value, apart from {@code own} (values that are the till's own). */
    private static void assertSameValues(ObjectNode built, JsonNode recorded, List<String> own, String what) {
        built.fieldNames().forEachRemaining(key -> {
            assertThat(recorded.has(key)).as("%s key %s is a key the web POS sends", what, key).isTrue();
            if (!own.contains(key) && !key.equals("lines") && !key.equals("payment_ids")) {
                assertThat(built.get(key).equals(BY_VALUE, recorded.get(key))).as("%s %s: built %s, recorded %s",
                        what, key, built.get(key), recorded.get(key)).isTrue();
            }
        });
    }

    /** The paid order the till would have stored for the transcript's order. */
    static PaidOrder orderFrom(JsonNode data) {
        return TranscriptOrders.paidOrder(data);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
