package till.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one part of the till in one language, from {@code <baseName>_<lang>.properties} (English, the base
 * file, where a language has no file). Every text a person reads comes through here, so the pseudo-locale
 * ({@link PseudoLocale}) reaches every screen. Immutable.
 */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean pseudo;

    private Texts(ResourceBundle bundle, Locale locale, boolean pseudo) {
        this.bundle = bundle;
        this.locale = locale;
        this.pseudo = pseudo;
    }

    /**
     * The texts of {@code baseName} (e.g. {@code till.status.texts}) for the locale. Never the machine's default
     * locale as a fallback: a French till with a German machine reads French, or English where French is missing.
     */
    public static Texts of(String baseName, Locale locale) {
        boolean pseudo = PseudoLocale.is(locale);
        Locale lookup = pseudo ? Locale.ROOT : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, lookup,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, locale, pseudo);
    }

    /** The text for the key, with {@code {0}}-style arguments filled in; the key itself when it is missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (pseudo) {
            pattern = PseudoLocale.stretch(pattern);
        }
        // Without arguments a text is shown as written (no MessageFormat quoting to learn for plain texts).
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has the key (a test seam and for optional texts). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The language these texts are read in (the pseudo-locale when on). */
    public Locale locale() {
        return locale;
    }
}
