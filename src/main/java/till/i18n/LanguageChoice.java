package till.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Which language the till speaks, decided in one place (decision 0230): the pseudo-locale when asked for
 * ({@code --pseudo-locale}); else the till's own setting ({@code language} in {@code till.properties}); else, on a
 * configured server, the Odoo user's language ({@code lang} of the login's user context); else the machine's locale
 * (demo mode, or before the first login told the user's language). Immutable.
 */
public final class LanguageChoice {

    private LanguageChoice() {
    }

    /**
     * @param pseudo       whether {@code --pseudo-locale} was given
     * @param setting      the till's {@code language} setting, empty when not set
     * @param userLanguage the Odoo user's {@code lang} ({@code fr_BE}), empty when unknown
     * @param demo         whether the till runs its own demo server (no server set up)
     * @param system       the machine's locale
     */
    public static Locale choose(boolean pseudo, Optional<String> setting, String userLanguage, boolean demo,
                                Locale system) {
        if (pseudo) {
            return PseudoLocale.LOCALE;
        }
        Optional<Locale> set = setting.flatMap(LanguageChoice::parse);
        if (set.isPresent()) {
            return set.get();
        }
        if (!demo) {
            Optional<Locale> user = parse(userLanguage);
            if (user.isPresent()) {
                return user.get();
            }
        }
        return system;
    }

    /**
     * The locale of a language as Odoo ({@code fr_BE}) or a person ({@code fr-BE}, {@code de}) writes it; empty for
     * a blank or malformed one. {@code en-XA} is the pseudo-locale.
     */
    public static Optional<Locale> parse(String language) {
        if (language == null || !language.strip().matches("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*")) {
            return Optional.empty();
        }
        // Odoo's sr@latin-style suffixes do not pass the pattern above; a plain tag maps one to one.
        return Optional.of(Locale.forLanguageTag(language.strip().replace('_', '-')));
    }
}
