package till.catalog;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The POS configuration and session the till sells for. Immutable; the company's receipt data are empty strings
 * where the server did not provide them (the loaders of Odoo 14 and 15 do not yet: see docs/printing.md).
 *
 * @param taxRounding    the company's {@code tax_calculation_rounding_method}
 * @param sessionId      the open {@code pos.session} id (part of every order uid)
 * @param loginNumber    the {@code login_number} of this till's start (part of every order uid)
 * @param demo           true when this is the catalog shipped with the till, not one loaded from a server
 * @param companyAddress the company's postal address ({@code contact_address}), one line per line
 * @param companyPhone   {@code res.company.phone}
 * @param companyEmail   {@code res.company.email}
 * @param companyWebsite {@code res.company.website}
 * @param companyVat     {@code res.company.vat}, the tax id printed on every receipt where the law asks for it
 * @param vatLabel       what the company's country calls that id ({@code country_id.vat_label}); empty: "Tax ID"
 * @param logo           the receipt logo ({@code res.company.logo}): a base64 PNG or JPEG image, or empty
 * @param language       the shop's language as Odoo writes it ({@code fr_FR}, {@code de_DE}); empty: English
 * @param cashier        the name of the user selling ({@code res.users.name}), printed as "Served by"
 * @param taxDisplay     whether prices are shown tax included ({@code iface_tax_included}); a catalog stored or
 *                       shipped without it shows them tax included, Odoo's default since 17
 * @param timeZone       the shop's time zone, the Odoo user's {@code tz} ({@code Europe/Brussels}); empty: none given
 * @param cashRounding   whether the POS configuration rounds totals ({@code cash_rounding}), which Till does not do
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
        boolean demo,
        String companyAddress,
        String companyPhone,
        String companyEmail,
        String companyWebsite,
        String companyVat,
        String vatLabel,
        String logo,
        String language,
        String cashier,
        TaxDisplay taxDisplay,
        String timeZone,
        CashRounding cashRounding) {

    /** Settings stored by an older till, or read without them, have these fields empty rather than null. */
    public ShopSettings {
        companyAddress = orEmpty(companyAddress);
        companyPhone = orEmpty(companyPhone);
        companyEmail = orEmpty(companyEmail);
        companyWebsite = orEmpty(companyWebsite);
        companyVat = orEmpty(companyVat);
        vatLabel = orEmpty(vatLabel);
        logo = orEmpty(logo);
        language = orEmpty(language);
        cashier = orEmpty(cashier);
        taxDisplay = taxDisplay == null ? TaxDisplay.INCLUDED : taxDisplay;
        timeZone = orEmpty(timeZone);
        cashRounding = cashRounding == null ? CashRounding.NONE : cashRounding;
    }

    /** The settings without a time zone, as the catalog loaders build them before reading the user's. */
    public ShopSettings(long configId, String configName, String companyName, Currency currency,
                        TaxRounding taxRounding, long sessionId, int loginNumber, String receiptHeader,
                        String receiptFooter, boolean demo, String companyAddress, String companyPhone,
                        String companyEmail, String companyWebsite, String companyVat, String vatLabel, String logo,
                        String language, String cashier) {
        this(configId, configName, companyName, currency, taxRounding, sessionId, loginNumber, receiptHeader,
                receiptFooter, demo, companyAddress, companyPhone, companyEmail, companyWebsite, companyVat, vatLabel,
                logo, language, cashier, TaxDisplay.INCLUDED, "", CashRounding.NONE);
    }

    /** The settings without the company's receipt data, as the catalog loaders build them today. */
    public ShopSettings(long configId, String configName, String companyName, Currency currency,
                        TaxRounding taxRounding, long sessionId, int loginNumber, String receiptHeader,
                        String receiptFooter, boolean demo) {
        this(configId, configName, companyName, currency, taxRounding, sessionId, loginNumber, receiptHeader,
                receiptFooter, demo, "", "", "", "", "", "", "", "", "");
    }

    /** These settings with the company's receipt data replaced. */
    public ShopSettings withCompany(String address, String phone, String email, String website, String vat,
                                    String vatLabel, String logo) {
        return new ShopSettings(configId, configName, companyName, currency, taxRounding, sessionId, loginNumber,
                receiptHeader, receiptFooter, demo, address, phone, email, website, vat, vatLabel, logo, language,
                cashier, taxDisplay, timeZone, cashRounding);
    }

    /** These settings with the shop's language and the cashier's name replaced. */
    public ShopSettings withSeller(String language, String cashier) {
        return new ShopSettings(configId, configName, companyName, currency, taxRounding, sessionId, loginNumber,
                receiptHeader, receiptFooter, demo, companyAddress, companyPhone, companyEmail, companyWebsite,
                companyVat, vatLabel, logo, language, cashier, taxDisplay, timeZone, cashRounding);
    }

    /** These settings with the shop's time zone replaced (the Odoo user's {@code tz}). */
    public ShopSettings withTimeZone(String zone) {
        return new ShopSettings(configId, configName, companyName, currency, taxRounding, sessionId, loginNumber,
                receiptHeader, receiptFooter, demo, companyAddress, companyPhone, companyEmail, companyWebsite,
                companyVat, vatLabel, logo, language, cashier, taxDisplay, zone, cashRounding);
    }

    /** These settings with the configuration's tax display replaced. */
    public ShopSettings withTaxDisplay(TaxDisplay display) {
        return new ShopSettings(configId, configName, companyName, currency, taxRounding, sessionId, loginNumber,
                receiptHeader, receiptFooter, demo, companyAddress, companyPhone, companyEmail, companyWebsite,
                companyVat, vatLabel, logo, language, cashier, display, timeZone, cashRounding);
    }

    /** These settings with the POS configuration's cash rounding replaced. */
    public ShopSettings withCashRounding(CashRounding rounding) {
        return new ShopSettings(configId, configName, companyName, currency, taxRounding, sessionId, loginNumber,
                receiptHeader, receiptFooter, demo, companyAddress, companyPhone, companyEmail, companyWebsite,
                companyVat, vatLabel, logo, language, cashier, taxDisplay, timeZone, rounding);
    }

    /**
     * The zone the shop's dates and times are written in: the Odoo user's {@code tz}; {@code machine} (the till's
     * clock's zone) for the demo catalog, when the server gave none, or one Java does not know.
     */
    public ZoneId zone(ZoneId machine) {
        if (demo || timeZone.isBlank()) {
            return machine;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return machine;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * Whether the POS configuration rounds an order's total ({@code cash_rounding}), and for which payments
     * ({@code only_round_cash_method}). Till does not round (decision 0246): Odoo would keep an order it rounds unpaid.
     */
    public enum CashRounding {
        /** No cash rounding: the total is paid as it is. */
        NONE,
        /** Every order's total is rounded. */
        ALL,
        /** Only an order with a cash payment is rounded. */
        CASH_ONLY;

        /** From the {@code pos.config} record as every version's web POS loads it. */
        public static CashRounding of(boolean cashRounding, boolean onlyCash) {
            return !cashRounding ? NONE : onlyCash ? CASH_ONLY : ALL;
        }
    }

    /** Odoo's {@code tax_calculation_rounding_method}. */
    public enum TaxRounding {
        ROUND_PER_LINE, ROUND_GLOBALLY;

        /** Maps Odoo's wire value ({@code "round_per_line"} / {@code "round_globally"}). */
        public static TaxRounding fromOdoo(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
