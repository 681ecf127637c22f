package till.order;

import java.math.BigDecimal;
import till.catalog.Catalog;
import till.catalog.TaxDisplay;

/**
 * A line's unit price and total as the POS configuration shows them ({@link TaxDisplay}): both tax included, or both
 * tax excluded, so that "2 × unit" reads as the line's total. Only display: the order's amounts are the register's
 * ({@link OrderTotals}), never computed again here. Immutable.
 */
public final class ShownPrices {

    private final OrderCalculator calculator;
    private final TaxDisplay display;

    public ShownPrices(OrderCalculator calculator, TaxDisplay display) {
        this.calculator = calculator;
        this.display = display;
    }

    /** The prices as the catalog's configuration shows them, with its taxes. */
    public static ShownPrices of(Catalog catalog) {
        return new ShownPrices(OrderCalculator.of(catalog), catalog.settings().taxDisplay());
    }

    public TaxDisplay display() {
        return display;
    }

    /**
     * One unit before the line's discount (the discount is shown apart), with or without its taxes: a price that
     * includes its tax is shown without it when the configuration shows prices tax excluded, and the other way.
     */
    public BigDecimal unit(OrderLine line) {
        LineTaxes one = calculator.line(line.withQty(BigDecimal.ONE).withDiscount(BigDecimal.ZERO));
        return display == TaxDisplay.INCLUDED ? one.totalIncluded() : one.totalExcluded();
    }

    /** The line's total as the register computed it ({@code price_subtotal_incl} or {@code price_subtotal}). */
    public BigDecimal lineTotal(OrderLine line, OrderTotals totals) {
        return totals.lines().stream().filter(t -> t.lineId() == line.lineId()).findFirst()
                .map(t -> display == TaxDisplay.INCLUDED ? t.priceSubtotalIncl() : t.priceSubtotal())
                .orElse(BigDecimal.ZERO);
    }
}
