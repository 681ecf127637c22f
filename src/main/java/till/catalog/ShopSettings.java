package till.catalog;

/**
 * The POS configuration and session the till sells for. Immutable.
 *
 * @param taxRounding   the company's {@code tax_calculation_rounding_method}
 * @param sessionId     the open {@code pos.session} id (part of every order uid)
 * @param loginNumber   the {@code login_number} of this till's start (part of every order uid)
 * @param demo          true when this is the catalog shipped with the till, not one loaded from a server
 */
public record ShopSettings(
        long configId,
        String configName,
        String companyName,
        Currency currency,
        TaxRounding taxRounding,
        long sessionId,
        int loginNumber,
        String receiptHeader,
        String receiptFooter,
        boolean demo) {

    /** Odoo's {@code tax_calculation_rounding_method}. */
    public enum TaxRounding {
        ROUND_PER_LINE, ROUND_GLOBALLY;

        /** Maps Odoo's wire value ({@code "round_per_line"} / {@code "round_globally"}). */
        public static TaxRounding fromOdoo(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
