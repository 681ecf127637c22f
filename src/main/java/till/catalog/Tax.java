package till.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tax as Odoo's {@code account.tax} defines it, reduced to what the POS computes with. Immutable.
 *
 * @param amount percent for {@link AmountType#PERCENT} and {@link AmountType#DIVISION}, a currency amount per unit
 *               for {@link AmountType#FIXED}, ignored for {@link AmountType#GROUP}
 * @param includeBaseAmount "affects base of subsequent taxes"
 * @param baseAffected      whether earlier taxes with includeBaseAmount change this tax's base (Odoo 15
 *                          {@code is_base_affected}; true where the server does not have the field)
 * @param childrenTaxIds the taxes of a group tax, in order
 */
public record Tax(
        long id,
        String name,
        AmountType amountType,
        BigDecimal amount,
        boolean priceInclude,
        boolean includeBaseAmount,
        boolean baseAffected,
        int sequence,
        List<Long> childrenTaxIds) {

    public Tax {
        childrenTaxIds = List.copyOf(childrenTaxIds);
    }

    /** Odoo's {@code amount_type} selection. */
    public enum AmountType {
        PERCENT, FIXED, DIVISION, GROUP;

        /** Maps Odoo's wire value ({@code "percent"}, {@code "fixed"}, ...). */
        public static AmountType fromOdoo(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
