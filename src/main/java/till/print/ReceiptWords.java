package till.print;

import java.util.Locale;
import till.i18n.Texts;

/**
 * The fixed words of a receipt in the shop's language, from {@code till/print/receipt*.properties} through
 * {@link Texts} (English where no translation exists; never the language of the machine the till runs on, so a
 * receipt does not change with the till's locale). Numbers in its arguments are written as the shop's language
 * writes them. Immutable.
 */
final class ReceiptWords {

    private final Texts texts;

    private ReceiptWords(Texts texts) {
        this.texts = texts;
    }

    /** @param odooLanguage e.g. {@code fr_FR}, {@code de_CH}; empty for English */
    static ReceiptWords forLanguage(String odooLanguage) {
        return new ReceiptWords(Texts.of("till.print.receipt", locale(odooLanguage)));
    }

    static Locale locale(String odooLanguage) {
        return odooLanguage.isBlank() ? Locale.ROOT : Locale.forLanguageTag(odooLanguage.strip().replace('_', '-'));
    }

    /** The text for the key, with {@code {0}}-style arguments filled in; the key itself when it is missing. */
    String get(String key, Object... args) {
        return texts.get(key, args);
    }
}
