package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaymentLine;
import till.order.PaidOrder;
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

    /** The paid order the till would have stored for the transcript's order. */
    static PaidOrder orderFrom(JsonNode data) {
        List<OrderLine> lines = new ArrayList<>();
        List<OrderTotals.LineTotals> lineTotals = new ArrayList<>();
        for (JsonNode command : data.get("lines")) {
            JsonNode l = command.get(2);
            List<Long> taxes = new ArrayList<>();
            l.at("/tax_ids/0/2").forEach(t -> taxes.add(t.asLong()));
            lines.add(new OrderLine(l.get("id").asInt(), l.get("product_id").asLong(),
                    l.get("full_product_name").asText(), l.get("qty").decimalValue(),
                    l.get("price_unit").decimalValue(),
                    l.get("discount").decimalValue(), taxes));
            lineTotals.add(new OrderTotals.LineTotals(l.get("id").asInt(), l.get("price_subtotal").decimalValue(),
                    l.get("price_subtotal_incl").decimalValue()));
        }
        Instant created = Instant.parse(data.get("creation_date").asText());
        List<PaymentLine> payments = new ArrayList<>();
        for (JsonNode command : data.get("statement_ids")) {
            JsonNode p = command.get(2);
            Instant at = LocalDateTime.parse(p.get("name").asText().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            payments.add(new PaymentLine(p.get("payment_method_id").asLong(), "Cash", true,
                    p.get("amount").decimalValue(), at));
        }
        BigDecimal total = data.get("amount_total").decimalValue();
        BigDecimal tax = data.get("amount_tax").decimalValue();
        OrderTotals totals = new OrderTotals(lineTotals, List.of(), total.subtract(tax), tax, total);
        String[] uid = data.get("uid").asText().split("-");
        OrderUid identity = new OrderUid(Long.parseLong(uid[0]), Integer.parseInt(uid[1]), Integer.parseInt(uid[2]));
        return new PaidOrder(identity, created.minusSeconds(30), created, null, lines, payments, totals,
                data.get("amount_paid").decimalValue(), data.get("amount_return").decimalValue());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
