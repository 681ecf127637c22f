package till.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import till.catalog.Currency;
import till.catalog.CurrencyFormat;

/**
 * Writes amounts on a receipt exactly as the selling screen writes them ({@code till.sell.MoneyFormat}, which this
 * core package cannot use: {@code sell} is a user-interface package that uses this one; a test holds the two equal):
 * as the receipt's language writes numbers when the shop has a language, else the language-neutral form. Immutable.
 */
final class Amounts {

    private final Currency currency;
    /** Null without a shop language: the language-neutral form ({@code $ 12.50}). */
    private final CurrencyFormat localised;

    Amounts(Currency currency) {
        this.currency = currency;
        this.localised = null;
    }

    Amounts(Currency currency, Locale locale) {
        this.currency = currency;
        this.localised = new CurrencyFormat(currency, locale);
    }

    /** The amounts of a receipt in the shop's language ({@code fr_BE}: {@code 785,04 €}); empty: neutral. */
    static Amounts forLanguage(Currency currency, String odooLanguage) {
        return odooLanguage.isBlank() ? new Amounts(currency)
                : new Amounts(currency, ReceiptWords.locale(odooLanguage));
    }

    /** The amount with the currency symbol, e.g. {@code 12,50 €} (plain spaces) or {@code $12.50}; neutral: {@code $ 12.50}. */
    String format(BigDecimal amount) {
        if (localised != null) {
            // Paper does not wrap: a plain space prints on every code table (no-break spaces are for screens).
            return localised.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        String number = amount.setScale(currency.decimalPlaces(), RoundingMode.HALF_UP).toPlainString();
        return currency.symbolBefore() ? currency.symbol() + " " + number : number + " " + currency.symbol();
    }

    /** A quantity without needless zeros: {@code 2}, {@code 0.5}. */
    static String quantity(BigDecimal qty) {
        return qty.signum() == 0 ? "0" : qty.stripTrailingZeros().toPlainString();
    }
}
