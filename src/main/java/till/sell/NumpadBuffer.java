package till.sell;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The number being typed on a numpad, as Odoo's POS number buffer behaves: the first digit after a reset replaces
 * the value, later ones append; one decimal point; {@code +/-} flips the sign; backspace drops the last character.
 * Not thread-safe; FX thread only.
 */
public final class NumpadBuffer {

    /** Enough for any price or quantity a till sees; more is a stuck key. */
    private static final int MAX_LENGTH = 12;

    private String text = "";

    /** Starts a fresh entry, e.g. when another line is selected or the mode changes. */
    public void reset() {
        text = "";
    }

    /** What is typed so far, e.g. {@code "-1.5"}; empty right after a reset. */
    public String text() {
        return text;
    }

    /** Appends a digit (0-9) and returns the new value. */
    public BigDecimal digit(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("not a digit: " + digit);
        }
        if (text.length() < MAX_LENGTH) {
            String unsigned = unsigned();
            String sign = text.startsWith("-") ? "-" : "";
            text = sign + (unsigned.equals("0") ? "" : unsigned) + digit;
        }
        return value();
    }

    /** Adds the decimal point unless there is one; returns the (unchanged) value. */
    public BigDecimal decimalPoint() {
        if (!text.contains(".") && text.length() < MAX_LENGTH) {
            text = unsigned().isEmpty() ? text + "0." : text + ".";
        }
        return value();
    }

    /**
     * Flips the sign. On a fresh entry it negates {@code current}, the value shown before typing, as Odoo does
     * (a quantity of 2 becomes -2: a refund line).
     */
    public BigDecimal toggleSign(BigDecimal current) {
        if (text.isEmpty()) {
            text = strip(current);
        }
        text = text.startsWith("-") ? text.substring(1) : "-" + text;
        return value();
    }

    /**
     * Drops the last character and returns the new value (zero when nothing is left); empty when the buffer was
     * already empty, which callers treat as "remove" (the line, in quantity mode).
     */
    public Optional<BigDecimal> backspace() {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        text = text.substring(0, text.length() - 1);
        if (text.equals("-")) {
            text = "";
        }
        return Optional.of(value());
    }

    /** The typed value; zero for an empty entry. */
    public BigDecimal value() {
        String unsigned = unsigned();
        if (unsigned.isEmpty() || unsigned.equals(".")) {
            return BigDecimal.ZERO;
        }
        BigDecimal magnitude = new BigDecimal(unsigned.endsWith(".") ? unsigned + "0" : unsigned);
        return text.startsWith("-") ? magnitude.negate() : magnitude;
    }

    private String unsigned() {
        return text.startsWith("-") ? text.substring(1) : text;
    }

    private static String strip(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
