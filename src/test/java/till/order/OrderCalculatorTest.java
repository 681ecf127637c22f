package till.order;

import static org.assertj.core.api.Assertions.assertThat;
import static till.order.TaxEngineTest.ALL;
import static till.order.TaxEngineTest.USD;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.catalog.ShopSettings.TaxRounding;

class OrderCalculatorTest {

    private static final Instant AT = Instant.parse("2026-11-29T21:52:37Z");

    private final OrderCalculator perLine = new OrderCalculator(ALL, USD, TaxRounding.ROUND_PER_LINE);
    private final OrderCalculator globally = new OrderCalculator(ALL, USD, TaxRounding.ROUND_GLOBALLY);

    @Test
    void roundingPerLineAndGloballyGiveDifferentTotals() {
        List<OrderLine> lines = List.of(line(1, "1", "1.10", "0", 1L), line(2, "1", "1.10", "0", 1L),
                line(3, "1", "1.10", "0", 1L));

        // Per line: each line's tax 1.10 × 15 % = 0.165 → 0.17; 3 × 0.17 = 0.51; total 3.30 + 0.51 = 3.81.
        OrderTotals roundedPerLine = perLine.totals(lines);
        // Globally: each tax kept as 0.165; summed per tax 0.495 → 0.50; total 3.30 + 0.50 = 3.80.
        // The lines still read 1.27 each, as in Odoo.
        OrderTotals roundedGlobally = globally.totals(lines);

        assertThat(roundedPerLine.tax()).isEqualByComparingTo("0.51");
        assertThat(roundedPerLine.total()).isEqualByComparingTo("3.81");
        assertThat(roundedGlobally.tax()).isEqualByComparingTo("0.50");
        assertThat(roundedGlobally.total()).isEqualByComparingTo("3.80");
        assertThat(roundedGlobally.lines()).allSatisfy(l -> assertThat(l.priceSubtotalIncl()).isEqualByComparingTo(
                "1.27"));
        assertThat(roundedGlobally.taxes()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("0.50"));
    }

    @Test
    void aDiscountLowersTheUnitPriceBeforeTaxes() {
        // 1.99 × (1 − 0.15) = 1.6915; × 3 = 5.0745 → 5.07; 15 % = 0.7605 → 0.76; 5.83
        OrderTotals totals = perLine.totals(List.of(line(1, "3", "1.99", "15", 1L)));

        assertThat(totals.lines().get(0).priceSubtotal()).isEqualByComparingTo("5.07");
        assertThat(totals.lines().get(0).priceSubtotalIncl()).isEqualByComparingTo("5.83");
        assertThat(totals.total()).isEqualByComparingTo("5.83");
    }

    @Test
    void theOrderSumsItsLinesAndEachTax() {
        // Lamp 40.00 + 6.00 (15 %); 6 bottles 1.50 incl. 21 % = 9.00 → 7.44 untaxed + 1.56, plus 0.60 deposit.
        OrderTotals totals = perLine.totals(List.of(line(1, "1", "40.00", "0", 1L),
                line(2, "6", "1.50", "0", 3L, 8L)));

        assertThat(totals.untaxed()).isEqualByComparingTo("47.44");
        assertThat(totals.tax()).isEqualByComparingTo("8.16");
        assertThat(totals.total()).isEqualByComparingTo("55.60");
        assertThat(totals.taxes()).extracting(OrderTotals.TaxAmount::taxId).containsExactly(1L, 3L, 8L);
        assertThat(totals.taxes()).extracting(OrderTotals.TaxAmount::name)
                .containsExactly("Tax 15%", "Tax 21% incl.", "Deposit 0.10");
    }

    @Test
    void aRefundLineLowersTheOrder() {
        OrderTotals totals = perLine.totals(List.of(line(1, "1", "40.00", "0", 1L), line(2, "-1", "25.00", "0")));

        assertThat(totals.total()).isEqualByComparingTo("21.00");
        assertThat(totals.lines().get(1).priceSubtotalIncl()).isEqualByComparingTo("-25.00");
    }

    @Test
    void cashOverpaymentIsChange() {
        OrderTotals totals = perLine.totals(List.of(line(1, "1", "40.00", "0", 1L)));
        List<PaymentLine> payments = List.of(card("20"), cash("30"));

        PaymentStatus status = perLine.paymentStatus(totals, payments);

        assertThat(status.paid()).isEqualByComparingTo("50.00");
        assertThat(status.remaining()).isEqualByComparingTo("0");
        assertThat(status.change()).isEqualByComparingTo("4.00");
        assertThat(status.fullyPaid()).isTrue();
        assertThat(perLine.whyNotPayable(lines(), totals, payments)).isEmpty();
    }

    @Test
    void changeLargerThanTheCashHandedOverIsRefused() {
        OrderTotals totals = perLine.totals(lines());

        assertThat(perLine.whyNotPayable(lines(), totals, List.of(card("48"), cash("1"))))
                .contains("The change ($ 3.00) is more than the cash handed over ($ 1.00): lower the card amount.");
        assertThat(perLine.whyNotPayable(lines(), totals, List.of(card("50"))))
                .contains("The payments exceed the total by $ 4.00, but change is only given in cash: lower the card "
                        + "amount.");
        assertThat(perLine.whyNotPayable(lines(), totals, List.of(card("46"), cash("2"))))
                .as("exactly the cash back is fine").isEmpty();
    }

    @Test
    void anUnderpaidOrderSaysWhatRemains() {
        OrderTotals totals = perLine.totals(lines());
        PaymentStatus status = perLine.paymentStatus(totals, List.of(cash("40")));

        assertThat(status.remaining()).isEqualByComparingTo("6.00");
        assertThat(status.fullyPaid()).isFalse();
        assertThat(perLine.whyNotPayable(lines(), totals, List.of(cash("40")))).contains("Still to pay: $ 6.00.");
    }

    @Test
    void aRefundIsPaidOutExactlyWithoutChange() {
        List<OrderLine> refund = List.of(line(1, "-1", "40.00", "0", 1L));
        OrderTotals totals = perLine.totals(refund);

        assertThat(perLine.whyNotPayable(refund, totals, List.of())).contains("Still to pay out: $ 46.00.");
        assertThat(perLine.whyNotPayable(refund, totals, List.of(cash("-50"))))
                .contains("The refund pays out $ 4.00 more than is due: lower a payment.");
        assertThat(perLine.whyNotPayable(refund, totals, List.of(cash("-46")))).isEmpty();
        assertThat(perLine.paymentStatus(totals, List.of(cash("-46"))).change()).isEqualByComparingTo("0");
    }

    private static List<OrderLine> lines() {
        return List.of(line(1, "1", "40.00", "0", 1L));
    }

    private static OrderLine line(int id, String qty, String price, String discount, Long... taxIds) {
        return new OrderLine(id, 100 + id, "Product " + id, new BigDecimal(qty), new BigDecimal(price),
                new BigDecimal(discount), List.of(taxIds));
    }

    private static PaymentLine cash(String amount) {
        return new PaymentLine(1, "Cash", true, new BigDecimal(amount), AT);
    }

    private static PaymentLine card(String amount) {
        return new PaymentLine(2, "Bank", false, new BigDecimal(amount), AT);
    }
}
