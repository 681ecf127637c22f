package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import till.i18n.Texts;
import till.push.BusCause;

/**
 * A cause translated by its kind keeps the figure the core's words carry (decision 0237): the seconds of a ping that
 * got no answer, how late the pushes come, the HTTP status a proxy answered, in French, German, Spanish and Dutch as
 * in English.
 */
class CauseFiguresTranslatedTest {

    static Stream<Locale> languages() {
        return Stream.of(Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theSecondsAndTheHttpStatusAreSaidInEveryLanguage(Locale locale) {
        CauseWords words = new CauseWords(Texts.of(StatusWords.BUNDLE, locale));
        CauseWords english = new CauseWords(Texts.of(StatusWords.BUNDLE, Locale.ENGLISH));

        BusCause noPong = BusCause.pongTimeout(Duration.ofSeconds(37));
        assertThat(words.busWords(noPong)).as("translated").isNotEqualTo(english.busWords(noPong)).contains("37 s");
        assertThat(words.busWords(BusCause.latePush(Duration.ofSeconds(48)))).contains("48 s");
        BusCause proxy = new BusCause(BusCause.Kind.PROXY_STATUS, "A proxy answered HTTP 503 instead of Odoo.", "")
                .withFigure(503);
        assertThat(words.busWords(proxy)).contains("HTTP 503");
        assertThat(english.busWords(noPong)).as("English keeps the core's words").isEqualTo(noPong.words());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aCauseWithoutItsFigureKeepsTheKindsPlainText(Locale locale) {
        Texts texts = Texts.of(StatusWords.BUNDLE, locale);
        BusCause plain = new BusCause(BusCause.Kind.PROXY_STATUS, "A proxy answered.", "");

        assertThat(new CauseWords(texts).busWords(plain)).isEqualTo(texts.get("push.cause.PROXY_STATUS"));
    }
}
