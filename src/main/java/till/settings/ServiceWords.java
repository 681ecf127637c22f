package till.settings;

import java.util.Locale;
import till.i18n.PseudoLocale;
import till.i18n.Texts;

/**
 * The settings screen's texts ({@code till/settings/texts}) and the services' own words: what {@code till setup}'s
 * checks and the printer say is English written for the admin and the command line, so in English it is shown as it
 * is, and in any other language quoted after a translated lead-in that says what happened (decision 0235).
 * Immutable.
 */
final class ServiceWords {

    static final String BUNDLE = "till.settings.texts";

    private final Texts texts;
    private final boolean english;

    ServiceWords(Locale locale) {
        this.texts = Texts.of(BUNDLE, locale);
        String language = locale.getLanguage();
        this.english = !PseudoLocale.is(locale) && (language.isEmpty() || language.equals("en"));
    }

    /** The text for the key in the till's language. */
    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /**
     * A service's words: as they are in English, else after the lead-in {@code key} (a pattern taking them as
     * {@code {0}}).
     */
    String quoted(String key, String words) {
        if (english || words == null || words.isBlank()) {
            return words == null ? "" : words;
        }
        return texts.get(key, words.strip());
    }

    /** The service's words, then a sentence of the bundle: in English the words and the sentence as today. */
    String then(String words, String key, String leadIn) {
        return english ? words + " " + texts.get(key) : texts.get(key) + " " + quoted(leadIn, words);
    }
}
