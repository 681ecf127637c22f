package till.sell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import till.catalog.Currency;

/** Writes amounts in the shop's currency: its decimal places and its symbol before or after. Immutable. */
public final class MoneyFormat {

    private final Currency currency;

    public MoneyFormat(Currency currency) {
        this.currency = currency;
    }

    /** The amount with the currency symbol, e.g. {@code 12.50 €} or {@code $ 12.50}. */
    public String format(BigDecimal amount) {
        String number = number(amount);
        return currency.symbolBefore() ? currency.symbol() + " " + number : number + " " + currency.symbol();
    }

    /** The amount without symbol, with the currency's decimal places. */
    public String number(BigDecimal amount) {
        return amount.setScale(currency.decimalPlaces(), RoundingMode.HALF_UP).toPlainString();
    }

    /** A quantity without needless zeros: {@code 2}, {@code 0.5}. */
    public static String quantity(BigDecimal qty) {
        return qty.signum() == 0 ? "0" : qty.stripTrailingZeros().toPlainString();
    }
}
