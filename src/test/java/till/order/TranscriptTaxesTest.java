package till.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.catalog.Currency;
import till.catalog.ShopSettings.TaxRounding;
import till.catalog.Tax;
import till.testsupport.Transcripts;

/**
 * Rebuilds every order Odoo 14 and 15 received in the transcripts from its qty, price_unit, discount and tax_ids,
 * and checks that the till computes the same amounts as were sent and stored.
 */
class TranscriptTaxesTest {

    static Stream<Arguments> orders() {
        List<Arguments> out = new ArrayList<>();
        for (String version : List.of("v14", "v15")) {
            for (String file : List.of("300-order-a-paid-with-change", "320-order-c-batch-of-3")) {
                for (JsonNode order : Transcripts.read(version, file).at("/request/body/params/args/0")) {
                    out.add(Arguments.of(version, order.get("id").asText(), order.get("data")));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("orders")
    void theTillComputesTheAmountsOdooRecorded(String version, String uid, JsonNode data) {
        OrderCalculator calculator = new OrderCalculator(taxes(version), usd(version), TaxRounding.ROUND_PER_LINE);
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode command : data.get("lines")) {
            lines.add(line(command.get(2)));
        }
        List<PaymentLine> payments = new ArrayList<>();
        for (JsonNode command : data.get("statement_ids")) {
            JsonNode p = command.get(2);
            payments.add(new PaymentLine(p.get("payment_method_id").asLong(), "m", p.get("payment_method_id").asLong()
                    == 1, p.get("amount").decimalValue(), null));
        }

        OrderTotals totals = calculator.totals(lines);
        PaymentStatus status = calculator.paymentStatus(totals, payments);

        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode sent = data.get("lines").get(i).get(2);
            soft.assertThat(totals.lines().get(i).priceSubtotal()).as("price_subtotal of line %d", i + 1)
                    .isEqualByComparingTo(sent.get("price_subtotal").decimalValue());
            soft.assertThat(totals.lines().get(i).priceSubtotalIncl()).as("price_subtotal_incl of line %d", i + 1)
                    .isEqualByComparingTo(sent.get("price_subtotal_incl").decimalValue());
        }
        soft.assertThat(totals.tax()).as("amount_tax").isEqualByComparingTo(data.get("amount_tax").decimalValue());
        soft.assertThat(totals.total()).as("amount_total")
                .isEqualByComparingTo(data.get("amount_total").decimalValue());
        soft.assertThat(status.change()).as("amount_return")
                .isEqualByComparingTo(data.get("amount_return").decimalValue());
        soft.assertThat(status.paid().subtract(status.change())).as("amount_paid")
                .isEqualByComparingTo(data.get("amount_paid").decimalValue());
        soft.assertThat(calculator.whyNotPayable(lines, totals, payments)).as("payable").isEmpty();
        soft.assertAll();
    }

    private static OrderLine line(JsonNode json) {
        List<Long> taxIds = new ArrayList<>();
        json.at("/tax_ids/0/2").forEach(id -> taxIds.add(id.asLong()));
        return new OrderLine(json.get("id").asInt(), json.get("product_id").asLong(),
                json.get("full_product_name").asText(), json.get("qty").decimalValue(),
                json.get("price_unit").decimalValue(), json.get("discount").decimalValue(), taxIds);
    }

    /** The account.tax records as the POS loaded them ({@code is_base_affected} only exists on 15). */
    private static Map<Long, Tax> taxes(String version) {
        Map<Long, Tax> taxes = new HashMap<>();
        for (JsonNode t : Transcripts.read(version, "235-load-account-tax").at("/response/body/result")) {
            List<Long> children = new ArrayList<>();
            t.get("children_tax_ids").forEach(c -> children.add(c.asLong()));
            JsonNode baseAffected = t.get("is_base_affected");
            taxes.put(t.get("id").asLong(), new Tax(t.get("id").asLong(), t.get("name").asText(),
                    Tax.AmountType.fromOdoo(t.get("amount_type").asText()), t.get("amount").decimalValue(),
                    t.get("price_include").asBoolean(), t.get("include_base_amount").asBoolean(),
                    baseAffected == null || baseAffected.asBoolean(), t.get("sequence").asInt(), children));
        }
        return taxes;
    }

    private static Currency usd(String version) {
        JsonNode c = Transcripts.read(version, "215-load-res-currency").at("/response/body/result/0");
        return new Currency(c.get("id").asLong(), c.get("name").asText(), c.get("symbol").asText(),
                c.get("rounding").decimalValue(), 2, "before".equals(c.get("position").asText()));
    }
}
