package till.session;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notes and coins of the currencies whose cash the closing screen counts piece by piece, largest first. Other
 * currencies are counted as one amount. Immutable.
 */
public final class Denominations {

    private static final Map<String, List<BigDecimal>> TABLE = Map.of(
            "EUR", pieces("500", "200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05", "0.02",
                    "0.01"),
            "USD", pieces("100", "50", "20", "10", "5", "2", "1", "0.50", "0.25", "0.10", "0.05", "0.01"),
            "GBP", pieces("50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05", "0.02", "0.01"),
            "CHF", pieces("1000", "200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05"));

    private Denominations() {
    }

    /** The notes and coins of a currency by its ISO code ({@code res.currency.name}); empty when not in the table. */
    public static List<BigDecimal> of(String currencyCode) {
        return TABLE.getOrDefault(currencyCode.toUpperCase(Locale.ROOT), List.of());
    }

    private static List<BigDecimal> pieces(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
