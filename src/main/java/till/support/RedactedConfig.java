package till.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * {@code till.properties} as it may leave the shop: every key with its value, except that a key naming a password,
 * PIN, secret or token keeps only a yes/no value (true/false) and loses any other. Stateless.
 */
final class RedactedConfig {

    static final String REMOVED = "<removed>";
    private static final String[] SECRET_WORDS = {"password", "pin", "secret", "token"};

    private RedactedConfig() {
    }

    /** The redacted file as text, or a line saying why there is none. */
    static String of(Path file) {
        if (!Files.exists(file)) {
            return "# " + file.getFileName() + " does not exist: the till runs in demo mode.\n";
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return "# " + file.getFileName() + " cannot be read: " + e.getClass().getSimpleName() + "\n";
        }
        StringBuilder text = new StringBuilder("# " + file.getFileName() + ", keys sorted; secret values removed.\n");
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            text.append(key).append('=').append(value(key, p.getProperty(key))).append('\n');
        }
        return text.toString();
    }

    static String value(String key, String value) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                String v = value.strip().toLowerCase(Locale.ROOT);
                // A switch such as password.keep=true says nothing secret and tells support a lot.
                return v.equals("true") || v.equals("false") ? v : REMOVED;
            }
        }
        return value;
    }
}
