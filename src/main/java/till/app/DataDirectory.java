package till.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Finds the platform's usual per-user place for Till's data. Stateless. */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path defaultFor(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", userHome + "\\AppData\\Local");
            return Path.of(local, "Till");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Till");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "till");
        }
        return Path.of(userHome, ".local", "share", "till");
    }

    static Path platformDefault() {
        return defaultFor(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }
}
