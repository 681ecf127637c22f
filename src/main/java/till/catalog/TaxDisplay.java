package till.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * How the POS configuration shows prices: Odoo's {@code pos.config.iface_tax_included}. Every line's unit price and
 * line total on the screen and on the receipt follow it; the totals themselves are computed the same either way.
 * Immutable.
 */
public enum TaxDisplay {
    /** {@code total}: prices shown tax included (Odoo's default since 17, and what a shop selling to consumers uses). */
    INCLUDED("total"),
    /** {@code subtotal}: prices shown tax excluded, the taxes added apart (Odoo's default up to 16). */
    EXCLUDED("subtotal");

    private final String odoo;

    TaxDisplay(String odoo) {
        this.odoo = odoo;
    }

    /** The value as Odoo writes it: {@code total} or {@code subtotal}. */
    public String odoo() {
        return odoo;
    }

    /** Odoo's value ({@code total} / {@code subtotal}); empty for anything else (a server without the field). */
    public static Optional<TaxDisplay> fromOdoo(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (TaxDisplay display : values()) {
            if (display.odoo.equals(v)) {
                return Optional.of(display);
            }
        }
        return Optional.empty();
    }
}
