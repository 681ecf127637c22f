package till.sell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The selling screen's texts, from {@code till/sell/messages*.properties}. Immutable. */
public final class Messages {

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle for the locale (English where no translation exists). */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle("till.sell.messages", locale));
    }

    /** The text for the key, with {@code {0}}-style arguments filled in; the key itself when it is missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
