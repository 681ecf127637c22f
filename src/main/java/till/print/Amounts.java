package till.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import till.catalog.Currency;

/**
 * Writes amounts on a receipt exactly as the selling screen writes them ({@code till.sell.MoneyFormat}, which this
 * core package cannot use: {@code sell} is a user-interface package that uses this one; a test holds the two equal).
 * Immutable.
 */
final class Amounts {

    private final Currency currency;

    Amounts(Currency currency) {
        this.currency = currency;
    }

    /** The amount with the currency symbol, e.g. {@code 12.50 €} or {@code $ 12.50}. */
    String format(BigDecimal amount) {
        String number = amount.setScale(currency.decimalPlaces(), RoundingMode.HALF_UP).toPlainString();
        return currency.symbolBefore() ? currency.symbol() + " " + number : number + " " + currency.symbol();
    }

    /** A quantity without needless zeros: {@code 2}, {@code 0.5}. */
    static String quantity(BigDecimal qty) {
        return qty.signum() == 0 ? "0" : qty.stripTrailingZeros().toPlainString();
    }
}
