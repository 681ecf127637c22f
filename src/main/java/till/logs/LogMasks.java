package till.logs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import till.setup.ConfigException;
import till.setup.PasswordFile;

/**
 * The last guard before a line reaches a log file or a support bundle: it hides the values of session cookies,
 * password-, PIN-, secret- and token-like keys, the password part of an address, and known secrets such as the kept
 * password wherever they appear. Code must still never log a secret; this catches what slips through. Immutable.
 */
public final class LogMasks {

    /** What a hidden value becomes. */
    public static final String HIDDEN = "****";
    /** Shorter known secrets are not masked by value: hiding every "ab" would make the logs unreadable. */
    static final int SHORTEST_MASKED = 4;

    /** A secret-looking key, then = or :, then a quoted or bare value. {@code pos_session_id} is not a secret. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?<!\\w)(?:session_id|password|passwd|pwd|secret|token|api_key|pin)(?:_hash)?\"?\\s*[=:]\\s*)"
                    + "(\"[^\"]*\"|[^\\s\",;&}]+)");
    private static final Pattern COOKIE_HEADER = Pattern.compile("(?i)((?:set-)?cookie:\\s*)([^\\r\\n]+)");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)([^/\\s@]+)(@)");

    private final List<String> secrets;

    private LogMasks(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** Masks by shape only (no known secret values). */
    public static LogMasks patterns() {
        return new LogMasks(List.of());
    }

    /** Shape masks plus the value of the password kept in {@code dataDir}, if one is kept and readable. */
    public static LogMasks forDataDir(Path dataDir) {
        try {
            return new PasswordFile(dataDir).read().map(patterns()::withSecret).orElse(patterns());
        } catch (ConfigException e) {
            return patterns();
        }
    }

    /** These masks, also hiding {@code secret} wherever it appears (ignored when blank or very short). */
    public LogMasks withSecret(String secret) {
        if (secret == null || secret.strip().length() < SHORTEST_MASKED || secrets.contains(secret)) {
            return this;
        }
        List<String> more = new ArrayList<>(secrets);
        more.add(secret);
        // Longest first, so a secret that contains another is hidden whole.
        more.sort((a, b) -> b.length() - a.length());
        return new LogMasks(more);
    }

    /** The text with every secret it recognises replaced by {@link #HIDDEN}. */
    public String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, HIDDEN);
        }
        masked = COOKIE_HEADER.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HIDDEN));
        masked = KEY_VALUE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2).startsWith("\"") ? "\"" + HIDDEN + "\"" : HIDDEN)));
        return URL_PASSWORD.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HIDDEN
                + m.group(3)));
    }
}
