package till.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything about a data directory's configuration that would make the till start broken, found before any window
 * opens: the directory itself, {@code till.properties} (every key, as {@link ConfigFile} reads it) and, when it asks
 * for a kept password, {@code till.password}. No {@code till.properties} is no problem: the till starts in demo
 * mode. Each problem names the file, the key and what is expected. Stateless; thread-safe.
 */
public final class ConfigCheck {

    private ConfigCheck() {
    }

    /** The first problem found, in words for the person starting the till, or empty when the till may start. */
    public static Optional<String> problem(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            return Optional.of(dataDir + " is not a directory: expected the data directory (--data-dir DIR).");
        }
        ConfigFile file = new ConfigFile(dataDir);
        if (!Files.exists(file.path())) {
            return Optional.empty();
        }
        if (!file.exists()) {
            return Optional.of(file.path() + " is not a file: expected the " + ConfigFile.NAME + " that till setup"
                    + " writes, or nothing at all for demo mode.");
        }
        try {
            TillConfig config = file.read();
            if (config.keepPassword()) {
                checkKeptPassword(dataDir, file);
            }
            return Optional.empty();
        } catch (ConfigException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static void checkKeptPassword(Path dataDir, ConfigFile file) throws ConfigException {
        PasswordFile password = new PasswordFile(dataDir);
        String why = file.path() + " has \"" + ConfigFile.KEEP_PASSWORD + "\" = true, so the till logs in with the"
                + " password kept in " + password.path();
        Optional<String> kept;
        try {
            kept = password.read();
        } catch (ConfigException e) {
            throw new ConfigException(e.getMessage() + " " + why + ": make it readable by this user (chmod 600).", e);
        }
        if (kept.isEmpty() || kept.get().isEmpty()) {
            throw new ConfigException(why + ", but that file is " + (kept.isEmpty() ? "missing" : "empty")
                    + ": expected the password, kept by till setup --keep-password. Run till setup again with"
                    + " --keep-password, or set " + ConfigFile.KEEP_PASSWORD + "=false.");
        }
    }
}
