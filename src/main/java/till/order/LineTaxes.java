package till.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of computing the taxes of one order line, as Odoo's {@code compute_all} returns it. Immutable.
 *
 * @param totalExcluded the untaxed amount ({@code price_subtotal}), rounded to the currency
 * @param totalIncluded the taxed amount ({@code price_subtotal_incl}), rounded to the currency
 * @param taxes         one share per applied tax (groups expanded), in the order they were computed; each amount
 *                      is rounded to the currency, or to 1/100000 of its step when taxes are rounded globally
 */
public record LineTaxes(BigDecimal totalExcluded, BigDecimal totalIncluded, List<Share> taxes) {

    public LineTaxes {
        taxes = List.copyOf(taxes);
    }

    /** The sum of the tax shares, unrounded beyond what each share already is. */
    public BigDecimal taxTotal() {
        return taxes.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What one tax adds to the line, and the base it was computed on. Immutable. */
    public record Share(long taxId, String name, BigDecimal amount, BigDecimal base) {
    }
}
