package till.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import till.catalog.Currency;
import till.catalog.ShopSettings.TaxRounding;
import till.catalog.Tax;
import till.catalog.TaxDisplay;

/** A line's unit price and total in one convention, whether its tax is added to the price or included in it. */
class ShownPricesTest {

    private static final Currency EUR = new Currency(1, "EUR", "\u20ac", new BigDecimal("0.01"), 2, false);
    private static final Tax ADDED = new Tax(1, "Tax 15%", Tax.AmountType.PERCENT, new BigDecimal("15"), false, false,
            true, 1, List.of());
    private static final Tax INCLUDED = new Tax(2, "VAT 21% incl.", Tax.AmountType.PERCENT, new BigDecimal("21"),
            true, false, true, 1, List.of());
    private static final OrderCalculator CALCULATOR = new OrderCalculator(Map.of(1L, ADDED, 2L, INCLUDED), EUR,
            TaxRounding.ROUND_PER_LINE);

    private static OrderLine line(String price, String discount, long tax) {
        return new OrderLine(1, 6, "Office Lamp", new BigDecimal("2"), new BigDecimal(price), new BigDecimal(discount),
                List.of(tax));
    }

    @Test
    void aTaxAddedToThePriceIsShownInBothOrNeither() {
        OrderLine lamps = line("40.00", "0", 1);
        OrderTotals totals = CALCULATOR.totals(List.of(lamps));

        ShownPrices included = new ShownPrices(CALCULATOR, TaxDisplay.INCLUDED);
        assertThat(included.unit(lamps)).isEqualByComparingTo("46.00");
        assertThat(included.lineTotal(lamps, totals)).isEqualByComparingTo("92.00");
        ShownPrices excluded = new ShownPrices(CALCULATOR, TaxDisplay.EXCLUDED);
        assertThat(excluded.unit(lamps)).isEqualByComparingTo("40.00");
        assertThat(excluded.lineTotal(lamps, totals)).isEqualByComparingTo("80.00");
    }

    @Test
    void aPriceThatIncludesItsTaxIsShownWithoutItWhenPricesAreShownTaxExcluded() {
        OrderLine wine = line("12.10", "0", 2);
        OrderTotals totals = CALCULATOR.totals(List.of(wine));

        assertThat(new ShownPrices(CALCULATOR, TaxDisplay.EXCLUDED).unit(wine)).isEqualByComparingTo("10.00");
        assertThat(new ShownPrices(CALCULATOR, TaxDisplay.EXCLUDED).lineTotal(wine, totals))
                .isEqualByComparingTo("20.00");
        assertThat(new ShownPrices(CALCULATOR, TaxDisplay.INCLUDED).unit(wine)).isEqualByComparingTo("12.10");
    }

    @Test
    void theUnitPriceIsBeforeTheDiscountWhichIsShownApart() {
        OrderLine lamps = line("40.00", "10", 1);
        OrderTotals totals = CALCULATOR.totals(List.of(lamps));

        ShownPrices included = new ShownPrices(CALCULATOR, TaxDisplay.INCLUDED);
        assertThat(included.unit(lamps)).isEqualByComparingTo("46.00");
        assertThat(included.lineTotal(lamps, totals)).as("the register's total, discounted").isEqualByComparingTo(
                "82.80");
    }
}
