package till.logs;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last guard before a line reaches a log file or a support bundle: it hides secrets by where they stand, never by
 * searching their value in free text (decision 0153): the values of password-, PIN-, secret- and token-like keys (in
 * JSON bodies and key=value text), the Cookie, Set-Cookie, Authorization and session headers, {@code session_id}
 * values, and the password part of an address. Searching a known password's value hid ordinary words ("the admin
 * must re-enter the password" with the password {@code admin}) and so gave the password away. Code must still never
 * log a secret; this catches what slips through in a place a secret is carried. Immutable.
 */
public final class LogMasks {

    /** What a hidden value becomes. */
    public static final String HIDDEN = "****";

    private static final LogMasks LOCATIONS = new LogMasks();

    /**
     * A secret-looking key (bare, quoted, or quoted inside a JSON string), then = or :, then its value: a JSON
     * string (escapes and all), an escaped JSON string inside another, or a bare word. {@code pos_session_id} and
     * {@code password.keep} are no secrets; {@code db_password} and {@code admin_passwd} are.
     */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?<!\\w)(?:session_id|(?:[a-z0-9]+_)?(?:password|passwd|pwd|secret|token|api_key)|pin)"
                    + "(?:_hash)?\\\\?\"?\\s*[=:]\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"|\\\\\"(?:[^\"\\\\]|\\\\[^\"])*\\\\\"|[^\\s\",;&}\\\\]+)");
    /** A header that carries a session or credentials: its whole value. */
    private static final Pattern SECRET_HEADER = Pattern.compile(
            "(?i)((?<![\\w-])(?:set-cookie|cookie|authorization|proxy-authorization|x-openerp-session-id):\\s*)"
                    + "([^\\r\\n]+)");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)([^/\\s@]+)(@)");

    private LogMasks() {
    }

    /** The masks: by location, the only kind there is. */
    public static LogMasks patterns() {
        return LOCATIONS;
    }

    /**
     * The masks for the logs of {@code dataDir}. The kept password is deliberately not read: it is hidden where it
     * stands (a password field), never searched for in free text.
     */
    public static LogMasks forDataDir(Path dataDir) {
        return LOCATIONS;
    }

    /** The text with every secret it finds in a secret's place replaced by {@link #HIDDEN}. */
    public String mask(String text) {
        String masked = SECRET_HEADER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HIDDEN));
        masked = KEY_VALUE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + hidden(m.group(2))));
        return URL_PASSWORD.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HIDDEN
                + m.group(3)));
    }

    /** The hidden value in the same quotes as the secret, so that the JSON around it stays JSON. */
    private static String hidden(String value) {
        if (value.startsWith("\\\"")) {
            return "\\\"" + HIDDEN + "\\\"";
        }
        return value.startsWith("\"") ? "\"" + HIDDEN + "\"" : HIDDEN;
    }
}
