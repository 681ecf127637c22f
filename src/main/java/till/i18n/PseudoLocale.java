package till.i18n;

import java.util.Locale;

/**
 * The pseudo-locale ({@code --pseudo-locale}, language tag {@code en-XA}): every text with accented letters and
 * about 30 % longer, so that a label cut off or a text left in code shows on every screen. Immutable.
 */
public final class PseudoLocale {

    /** The locale that turns the pseudo-localisation on. */
    public static final Locale LOCALE = Locale.forLanguageTag("en-XA");

    private static final String PLAIN = "aceinorsuyACEINORSUY";
    private static final String ACCENTED = "\u00e5\u00e7\u00e9\u00ee\u00f1\u00f6\u0159\u0161\u00fb\u00fd"
            + "\u00c5\u00c7\u00c9\u00ce\u00d1\u00d6\u0158\u0160\u00db\u00dd";

    private PseudoLocale() {
    }

    /** Whether the locale is the pseudo-locale. */
    public static boolean is(Locale locale) {
        return LOCALE.equals(locale);
    }

    /**
     * The text accented, bracketed and stretched by ~30 %; {@code {0}}-style arguments and quoted parts of a
     * MessageFormat pattern are kept as they are so the pattern still formats.
     */
    public static String stretch(String text) {
        StringBuilder out = new StringBuilder("[");
        int depth = 0;
        boolean quoted = false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}') {
                depth--;
            }
            boolean literal = depth == 0 && !quoted;
            int at = PLAIN.indexOf(c);
            out.append(literal && at >= 0 ? ACCENTED.charAt(at) : c);
            if (literal && Character.isLetter(c)) {
                letters++;
            }
        }
        int padding = Math.max(1, (letters * 3 + 9) / 10);
        for (int i = 0; i < padding; i++) {
            out.append(i % 2 == 0 ? '~' : '\u00b7');
        }
        return out.append(']').toString();
    }
}
