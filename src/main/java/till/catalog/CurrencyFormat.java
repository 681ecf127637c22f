package till.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes amounts as the shop's currency and the cashier's language write them together: the currency's symbol, its
 * side and its decimal places (Odoo's {@code res.currency}), the language's grouping and decimal separators
 * ({@code 785,04 €} in French, {@code $785.04} in US English, {@code 1.234,50 €} in German). Formatting only: the
 * amount is rounded half-up to the currency's decimal places for display, as the till always did (decision 0231).
 * Immutable.
 */
public final class CurrencyFormat {

    /** Between an amount and a symbol written after it, or a word-like symbol before it: never broken apart. */
    public static final char SPACE = '\u00a0';

    private final Currency currency;
    private final Locale locale;

    public CurrencyFormat(Currency currency, Locale locale) {
        this.currency = currency;
        this.locale = locale;
    }

    /** The amount with the currency symbol, e.g. {@code 785,04 €} (no-break space) or {@code -$785.04}. */
    public String format(BigDecimal amount) {
        String number = number(amount.abs());
        String sign = amount.setScale(currency.decimalPlaces(), RoundingMode.HALF_UP).signum() < 0
                ? String.valueOf(symbols().getMinusSign()) : "";
        String symbol = currency.symbol();
        if (!currency.symbolBefore()) {
            return sign + number + SPACE + symbol;
        }
        // A sign ($, €, £) is written against the number, as Odoo's web POS does; a word (CHF, kr) keeps its space.
        boolean word = !symbol.isEmpty() && Character.isLetter(symbol.charAt(symbol.length() - 1));
        return sign + symbol + (word ? String.valueOf(SPACE) : "") + number;
    }

    /** The amount without symbol, with the currency's decimal places and the language's separators. */
    public String number(BigDecimal amount) {
        int places = currency.decimalPlaces();
        DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount.setScale(places, RoundingMode.HALF_UP));
    }

    /** The language this format writes for. */
    public Locale locale() {
        return locale;
    }

    private DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(locale);
    }
}
