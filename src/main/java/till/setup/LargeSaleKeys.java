package till.setup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;
import till.order.LargeSale;

/**
 * The keys of {@code till.properties} above which Pay asks before a very large sale: {@value #AMOUNT} (the order's
 * total, in the shop's currency) and {@value #QUANTITY} (one line's quantity). 0 turns a limit off; a missing key is
 * its default ({@link LargeSale#DEFAULT}). Stateless.
 */
public final class LargeSaleKeys {

    static final String AMOUNT = "sale.confirm-above.amount";
    static final String QUANTITY = "sale.confirm-above.quantity";
    static final List<String> KEYS = List.of(AMOUNT, QUANTITY);
    private static final String COMMENT = "# Pay asks the cashier to confirm a sale whose total is above this amount, or"
            + " with a line above this quantity (0: never).\n";

    private LargeSaleKeys() {
    }

    /** The limits of the file's keys, each checked; the default for a key that is not there. */
    static LargeSale read(String where, Properties p) throws ConfigException {
        return new LargeSale(limit(where, AMOUNT, p.getProperty(AMOUNT, ""), LargeSale.DEFAULT.amount()),
                limit(where, QUANTITY, p.getProperty(QUANTITY, ""), LargeSale.DEFAULT.quantity()));
    }

    /**
     * One limit: an amount or quantity such as 10000 or 2500.50, 0 to turn it off; {@code otherwise} when empty.
     *
     * @param where the file or the command line, for the message
     */
    public static BigDecimal limit(String where, String key, String value, BigDecimal otherwise)
            throws ConfigException {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return otherwise;
        }
        if (!v.matches("\\d{1,15}(\\.\\d{1,6})?")) {
            throw new ConfigException(where + ": \"" + key + "\" is \"" + v + "\", expected an amount or quantity"
                    + " such as 10000 or 2500.50 (0: never ask).");
        }
        return new BigDecimal(v);
    }

    /** The keys' lines with their comment, as {@code till.properties} holds them. */
    static String lines(LargeSale limits) {
        return COMMENT + AMOUNT + "=" + limits.amount().toPlainString() + "\n" + QUANTITY + "="
                + limits.quantity().toPlainString() + "\n";
    }

    /** The keys of the present file, verbatim (a wrong value is reported at the next start), with their comment. */
    static String kept(Properties p) {
        StringBuilder lines = new StringBuilder();
        for (String key : KEYS) {
            if (p.containsKey(key)) {
                lines.append(key).append('=').append(ConfigFile.escape(p.getProperty(key))).append('\n');
            }
        }
        return lines.isEmpty() ? "" : COMMENT + lines;
    }

    /** Whether a line of the file is one of these keys or their comment. */
    static boolean isLargeSaleLine(String line) {
        String l = line.strip();
        return (l + "\n").equals(COMMENT) || KEYS.stream().anyMatch(k -> l.startsWith(k + "=")
                || l.startsWith(k + " ") || l.startsWith(k + ":"));
    }
}
