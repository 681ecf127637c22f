package till.order;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import till.catalog.Currency;

/**
 * Rounding and display of amounts as Odoo does them: {@code float_round} / the web POS {@code round_pr} round to a
 * step, half away from zero. Stateless and thread-safe.
 */
public final class Money {

    /**
     * Precision of intermediate divisions (price-included taxes). Far beyond the double Odoo computes with, so the
     * final rounding to the currency sees the exact value.
     */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Rounds to a multiple of {@code step}, halves away from zero; a step of zero or less means 1, as in Odoo. */
    public static BigDecimal round(BigDecimal value, BigDecimal step) {
        BigDecimal unit = step.signum() > 0 ? step : BigDecimal.ONE;
        BigDecimal units = value.divide(unit, PRECISION).setScale(0, RoundingMode.HALF_UP);
        return units.multiply(unit);
    }

    /** Rounds to the currency's step and writes it with the currency's number of decimals. */
    public static BigDecimal round(BigDecimal value, Currency currency) {
        BigDecimal rounded = round(value, currency.rounding());
        int stepScale = Math.max(0, currency.rounding().stripTrailingZeros().scale());
        return rounded.setScale(Math.max(currency.decimalPlaces(), stepScale), RoundingMode.HALF_UP);
    }

    /** {@code percent} of {@code value}, unrounded. */
    public static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).divide(HUNDRED, PRECISION);
    }

    /** The amount as a cashier reads it, e.g. {@code $ 12.50} or {@code 12.50 €}. */
    public static String format(BigDecimal amount, Currency currency) {
        String number = round(amount, currency).toPlainString();
        return currency.symbolBefore() ? currency.symbol() + " " + number : number + " " + currency.symbol();
    }
}
