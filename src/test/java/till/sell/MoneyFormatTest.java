package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import till.catalog.Currency;

class MoneyFormatTest {

    private static final Currency EUR = new Currency(1, "EUR", "\u20ac", new BigDecimal("0.01"), 2, false);
    private static final Currency USD = new Currency(2, "USD", "$", new BigDecimal("0.01"), 2, true);

    @Test
    void withoutALanguageAmountsAreWrittenAsTheTillAlwaysWroteThem() {
        assertThat(new MoneyFormat(USD).format(new BigDecimal("71.5"))).isEqualTo("$ 71.50");
        assertThat(new MoneyFormat(EUR).format(new BigDecimal("1234.5"))).isEqualTo("1234.50 \u20ac");
    }

    @Test
    void withALanguageAmountsAreWrittenAsThatLanguageAndTheCurrencyWriteThem() {
        assertThat(new MoneyFormat(EUR, Locale.forLanguageTag("fr-BE")).format(new BigDecimal("785.04")))
                .isEqualTo("785,04\u00a0\u20ac");
        assertThat(new MoneyFormat(USD, Locale.US).format(new BigDecimal("785.04"))).isEqualTo("$785.04");
        assertThat(new MoneyFormat(EUR, Locale.forLanguageTag("es-ES")).number(new BigDecimal("1234.5")))
                .isEqualTo("1.234,50");
    }
}
