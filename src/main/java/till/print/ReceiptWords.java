package till.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed words of a receipt in the shop's language, from {@code till/print/receipt*.properties} (English where
 * no translation exists; never the language of the machine the till runs on, so a receipt does not change with the
 * till's locale). Immutable.
 */
final class ReceiptWords {

    private final ResourceBundle bundle;

    private ReceiptWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** @param odooLanguage e.g. {@code fr_FR}, {@code de_CH}; empty for English */
    static ReceiptWords forLanguage(String odooLanguage) {
        return new ReceiptWords(ResourceBundle.getBundle("till.print.receipt", locale(odooLanguage),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    static Locale locale(String odooLanguage) {
        return odooLanguage.isBlank() ? Locale.ROOT : Locale.forLanguageTag(odooLanguage.strip().replace('_', '-'));
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
