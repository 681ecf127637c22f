package till.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTranslatedTextIsReadInItsLanguageAndEnglishWhereNoFileExists() {
        Texts french = Texts.of("till.print.receipt", Locale.FRENCH);
        Texts japanese = Texts.of("till.print.receipt", Locale.JAPANESE);
        Texts english = Texts.of("till.print.receipt", Locale.ROOT);

        assertThat(french.get("change")).isNotEqualTo(english.get("change"));
        assertThat(japanese.get("change")).isEqualTo(english.get("change"));
    }

    @Test
    void aMissingKeyShowsItselfSoATestCanFindIt() {
        assertThat(Texts.of("till.print.receipt", Locale.ROOT).get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void thePseudoLocaleAccentsAndStretchesButKeepsArgumentsWorking() {
        String stretched = PseudoLocale.stretch("Sent {0} of {1,number,#} orders");

        assertThat(stretched).startsWith("[").endsWith("]").contains("{0}", "{1,number,#}").doesNotContain("Sent");
        assertThat(stretched.length()).isGreaterThanOrEqualTo((int) ("Sent {0} of {1,number,#} orders".length() * 1.2));
    }

    @Test
    void thePseudoLocaleFormatsArguments() {
        Texts pseudo = Texts.of("till.print.receipt", PseudoLocale.LOCALE);
        String english = Texts.of("till.print.receipt", Locale.ROOT).get("total");

        assertThat(pseudo.get("total")).isNotEqualTo(english).startsWith("[");
    }
}
