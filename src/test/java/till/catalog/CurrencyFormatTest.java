package till.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CurrencyFormatTest {

    private static final Currency EUR = new Currency(1, "EUR", "\u20ac", new BigDecimal("0.01"), 2, false);
    private static final Currency USD = new Currency(2, "USD", "$", new BigDecimal("0.01"), 2, true);
    private static final Currency JPY = new Currency(3, "JPY", "\u00a5", new BigDecimal("1"), 0, true);
    private static final Currency KWD = new Currency(4, "KWD", "KD", new BigDecimal("0.001"), 3, false);
    private static final Currency CHF = new Currency(5, "CHF", "CHF", new BigDecimal("0.05"), 2, true);
    /** Java's French grouping separator (CLDR): the narrow no-break space. */
    private static final String NARROW = "\u202f";

    private static String format(Currency currency, String languageTag, String amount) {
        return new CurrencyFormat(currency, Locale.forLanguageTag(languageTag)).format(new BigDecimal(amount));
    }

    @Test
    void aBelgianEuroShopInFrenchWritesACommaAndTheSymbolAfterANoBreakSpace() {
        assertThat(format(EUR, "fr-BE", "785.04")).isEqualTo("785,04\u00a0\u20ac");
    }

    @Test
    void aUsShopInEnglishWritesTheDollarAgainstTheNumber() {
        assertThat(format(USD, "en-US", "785.04")).isEqualTo("$785.04");
        assertThat(format(USD, "en-US", "218836016.7")).isEqualTo("$218,836,016.70");
    }

    @Test
    void germanSpanishAndDutchGroupWithDotsAndWriteDecimalsWithAComma() {
        assertThat(format(EUR, "de-DE", "1234.5")).isEqualTo("1.234,50\u00a0\u20ac");
        assertThat(format(EUR, "es-ES", "1234567.891")).isEqualTo("1.234.567,89\u00a0\u20ac");
        assertThat(format(EUR, "nl-NL", "785.04")).isEqualTo("785,04\u00a0\u20ac");
        assertThat(format(EUR, "nl-NL", "12345")).isEqualTo("12.345,00\u00a0\u20ac");
    }

    @Test
    void frenchThousandsAreSeparatedByTheLanguagesOwnSpace() {
        assertThat(format(EUR, "fr-BE", "218836016.7")).isEqualTo("218" + NARROW + "836" + NARROW + "016,70\u00a0\u20ac");
    }

    @Test
    void theCurrencysDecimalPlacesDecideTheDigitsAfterTheSeparator() {
        assertThat(format(JPY, "en-US", "1234.5")).isEqualTo("\u00a51,235");
        assertThat(format(KWD, "fr-BE", "12.3456")).isEqualTo("12,346\u00a0KD");
        assertThat(format(KWD, "en-US", "0")).isEqualTo("0.000\u00a0KD");
    }

    @Test
    void aSymbolThatIsAWordKeepsItsSpaceBeforeTheNumber() {
        assertThat(format(CHF, "de-CH", "12.5")).startsWith("CHF\u00a012");
    }

    @Test
    void negativeAmountsCarryTheMinusBeforeTheSymbolOrTheNumber() {
        assertThat(format(USD, "en-US", "-785.04")).isEqualTo("-$785.04");
        assertThat(format(EUR, "fr-BE", "-785.04")).isEqualTo("-785,04\u00a0\u20ac");
        assertThat(format(EUR, "de-DE", "-0.001")).as("rounds to zero: no minus").isEqualTo("0,00\u00a0\u20ac");
    }

    @Test
    void zeroIsWrittenWithTheCurrencysDecimals() {
        assertThat(format(EUR, "fr-BE", "0")).isEqualTo("0,00\u00a0\u20ac");
    }

    @Test
    void roundingIsHalfUpToTheDecimalPlacesAsTheTillAlwaysShowedIt() {
        assertThat(format(USD, "en-US", "2.675")).isEqualTo("$2.68");
        assertThat(format(USD, "en-US", "-2.675")).isEqualTo("-$2.68");
    }

    @Test
    void theNumberAloneHasNoSymbol() {
        assertThat(new CurrencyFormat(EUR, Locale.GERMANY).number(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
    }
}
