package till.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.catalog.Catalog;
import till.testsupport.TranscriptCatalogs;
import till.testsupport.TranscriptOrders;

/**
 * Rebuilds every order the real 17 and 18 servers received in the transcripts (create_from_ui / sync_from_ui) with
 * the taxes, currency and tax rounding of the catalog the till loads from that server's POS data
 * ({@code load_pos_data} / {@code load_data}), and checks that the till computes the amounts the web POS sent. Where
 * the product is in the loaded catalog, its taxes are the ones the order line carried.
 */
class TranscriptTaxes17And18Test {

    /** Loaded once per version: the 18 answer is 270 kB. */
    private static final Map<Integer, Catalog> CATALOGS = new ConcurrentHashMap<>();

    static Stream<Arguments> orders() {
        List<Arguments> out = new ArrayList<>();
        List<String> seventeen = List.of("300-order-a-paid-with-change", "315-order-a2-same-name-different-content",
                "320-order-c-batch-of-3", "350-order-f-iso-date-order", "360-order-args-without-draft");
        List<String> eighteen = List.of("300-order-a-paid-with-change", "312-order-a3-same-uuid-different-content",
                "315-order-a2-same-name-different-uuid", "320-order-c-batch-of-3", "330-order-d-unknown-product",
                "340-order-e-closed-session", "411-send-notification-sync-from-ui");
        seventeen.forEach(f -> TranscriptCatalogs.sentOrders("v17", f).forEach(o -> out.add(Arguments.of(17, f, o))));
        eighteen.forEach(f -> TranscriptCatalogs.sentOrders("v18", f).forEach(o -> out.add(Arguments.of(18, f, o))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("orders")
    void theTillComputesWithTheLoadedCatalogWhatTheWebPosSent(int major, String file, JsonNode sent)
            throws Exception {
        Catalog catalog = CATALOGS.get(major);
        if (catalog == null) {
            catalog = TranscriptCatalogs.load(major).snapshot().catalog();
            CATALOGS.put(major, catalog);
        }
        OrderCalculator calculator = OrderCalculator.of(catalog);
        PaidOrder order = TranscriptOrders.paidOrder(sent);

        OrderTotals totals = calculator.totals(order.lines());
        PaymentStatus status = calculator.paymentStatus(totals, order.payments());

        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            JsonNode sentLine = sent.get("lines").get(i).get(2);
            soft.assertThat(totals.lines().get(i).priceSubtotal()).as("price_subtotal of line %d", i + 1)
                    .isEqualByComparingTo(sentLine.get("price_subtotal").decimalValue());
            soft.assertThat(totals.lines().get(i).priceSubtotalIncl()).as("price_subtotal_incl of line %d", i + 1)
                    .isEqualByComparingTo(sentLine.get("price_subtotal_incl").decimalValue());
            catalog.product(line.productId()).ifPresent(p -> soft.assertThat(p.taxIds())
                    .as("the catalog's taxes of product %d", p.id()).isEqualTo(line.taxIds()));
        }
        soft.assertThat(totals.tax()).as("amount_tax").isEqualByComparingTo(sent.get("amount_tax").decimalValue());
        soft.assertThat(totals.total()).as("amount_total")
                .isEqualByComparingTo(sent.get("amount_total").decimalValue());
        soft.assertThat(status.change()).as("amount_return")
                .isEqualByComparingTo(sent.get("amount_return").decimalValue());
        // 17 sends what was paid less the change, 18 what was tendered (the server recomputes both).
        soft.assertThat(major == 18 ? status.paid() : status.paid().subtract(status.change())).as("amount_paid")
                .isEqualByComparingTo(sent.get("amount_paid").decimalValue());
        soft.assertThat(calculator.whyNotPayable(order.lines(), totals, order.payments())).as("payable").isEmpty();
        soft.assertAll();
    }
}
