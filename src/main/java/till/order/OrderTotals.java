package till.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * The amounts of an order as Odoo's POS computes them, in the currency's rounding. Immutable.
 *
 * @param lines    per line, in the order's line order
 * @param taxes    per tax, the summed amount (for the receipt)
 * @param untaxed  sum of the lines' {@code price_subtotal}
 * @param tax      {@code amount_tax}
 * @param total    {@code amount_total}
 */
public record OrderTotals(List<LineTotals> lines, List<TaxAmount> taxes, BigDecimal untaxed, BigDecimal tax,
                          BigDecimal total) {

    public OrderTotals {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    /** {@code price_subtotal} (untaxed) and {@code price_subtotal_incl} (taxed) of one line. */
    public record LineTotals(int lineId, BigDecimal priceSubtotal, BigDecimal priceSubtotalIncl) {
    }

    /** The amount one tax adds to the order. */
    public record TaxAmount(long taxId, String name, BigDecimal amount) {
    }
}
