package till.sell;

import java.util.Locale;
import till.i18n.Texts;

/**
 * The selling screen's texts, from {@code till/sell/messages*.properties} (English where a language has none; never
 * the machine's language as a fallback; the pseudo-locale through {@link Texts}). Immutable.
 */
public final class Messages {

    private final Texts texts;

    private Messages(Texts texts) {
        this.texts = texts;
    }

    /** The bundle for the locale (English where no translation exists). */
    public static Messages forLocale(Locale locale) {
        return new Messages(Texts.of("till.sell.messages", locale));
    }

    /** The text for the key, with {@code {0}}-style arguments filled in; the key itself when it is missing. */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The language of these texts (the pseudo-locale when on). */
    public Locale locale() {
        return texts.locale();
    }
}
