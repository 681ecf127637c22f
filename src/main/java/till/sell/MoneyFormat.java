package till.sell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import till.catalog.Currency;
import till.catalog.CurrencyFormat;

/**
 * Writes amounts in the shop's currency: its decimal places and its symbol before or after; with a language, as
 * that language writes numbers ({@link CurrencyFormat}). Immutable.
 */
public final class MoneyFormat {

    private final Currency currency;
    /** Null for the language-neutral form the till wrote before it spoke languages ({@code $ 71.50}). */
    private final CurrencyFormat localised;

    /** The language-neutral form: a dot for decimals, no grouping, a space by the symbol ({@code $ 71.50}). */
    public MoneyFormat(Currency currency) {
        this.currency = currency;
        this.localised = null;
    }

    /** The form of the language: {@code 785,04 €} in French, {@code $785.04} in US English. */
    public MoneyFormat(Currency currency, Locale locale) {
        this.currency = currency;
        this.localised = new CurrencyFormat(currency, locale);
    }

    /** The amount with the currency symbol, e.g. {@code 12.50 €} or {@code $ 12.50} (language-neutral form). */
    public String format(BigDecimal amount) {
        if (localised != null) {
            return localised.format(amount);
        }
        String number = number(amount);
        return currency.symbolBefore() ? currency.symbol() + " " + number : number + " " + currency.symbol();
    }

    /** The amount without symbol, with the currency's decimal places. */
    public String number(BigDecimal amount) {
        if (localised != null) {
            return localised.number(amount);
        }
        return amount.setScale(currency.decimalPlaces(), RoundingMode.HALF_UP).toPlainString();
    }

    /** A quantity without needless zeros: {@code 2}, {@code 0.5}. */
    public static String quantity(BigDecimal qty) {
        return qty.signum() == 0 ? "0" : qty.stripTrailingZeros().toPlainString();
    }
}
