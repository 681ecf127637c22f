package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.catalog.TaxDisplay;
import till.order.OrderCalculator;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.order.PaymentLine;

/** The printed receipt shows each line's unit price and total as the configuration does, and the taxes to match. */
class ReceiptTaxDisplayTest {

    private static Catalog showing(TaxDisplay display) {
        Catalog demo = DemoCatalog.load();
        return new Catalog(demo.settings().withTaxDisplay(display), demo.categories(), demo.products(), demo.taxes(),
                demo.paymentMethods(), demo.customers());
    }

    /** Two Office Lamps at 40.00 with the demo's 15 % tax: 92.00, paid in cash. */
    private static PaidOrder twoLamps(Catalog catalog) {
        OrderLine lamps = new OrderLine(1, 6, "Office Lamp", new BigDecimal("2"), new BigDecimal("40.00"),
                BigDecimal.ZERO, List.of(1L));
        OrderTotals totals = OrderCalculator.of(catalog).totals(List.of(lamps));
        return new PaidOrder(new OrderUid(7, 1, 1), ReceiptFixtures.PAID_AT, ReceiptFixtures.PAID_AT, null,
                List.of(lamps), List.of(new PaymentLine(1, "Cash", true, new BigDecimal("92.00"),
                ReceiptFixtures.PAID_AT)), totals, new BigDecimal("92.00"), BigDecimal.ZERO);
    }

    private static ReceiptDocument receipt(TaxDisplay display) {
        Catalog catalog = showing(display);
        return new ReceiptBuilder(ReceiptFixtures.ZONE).build(twoLamps(catalog), catalog, false);
    }

    @Test
    void taxIncludedPricesAndTotalsCarryTheirTax() {
        ReceiptDocument receipt = receipt(TaxDisplay.INCLUDED);

        assertThat(receipt.items().get(0).quantityPrice()).isEqualTo("2 \u00d7 $ 46.00");
        assertThat(receipt.items().get(0).total()).isEqualTo("$ 92.00");
        assertThat(receipt.taxes()).extracting(ReceiptDocument.Amount::label).doesNotContain("Untaxed amount");
        assertThat(receipt.total().amount()).isEqualTo("$ 92.00");
    }

    @Test
    void taxExcludedPricesAndTotalsLeaveItOutAndTheUntaxedAmountComesBeforeTheTaxes() {
        ReceiptDocument receipt = receipt(TaxDisplay.EXCLUDED);

        assertThat(receipt.items().get(0).quantityPrice()).isEqualTo("2 \u00d7 $ 40.00");
        assertThat(receipt.items().get(0).total()).isEqualTo("$ 80.00");
        assertThat(receipt.taxes().get(0)).isEqualTo(new ReceiptDocument.Amount("Untaxed amount", "$ 80.00"));
        assertThat(receipt.taxes().get(1).amount()).isEqualTo("$ 12.00");
        assertThat(receipt.total().amount()).isEqualTo("$ 92.00");
    }
}
