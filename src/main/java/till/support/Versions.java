package till.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import till.logs.LogFiles;

/**
 * The versions a supporter asks for first: Till, Java, the OS, JavaFX and the Odoo server last logged in to.
 * Stateless.
 */
final class Versions {

    private Versions() {
    }

    static String text(List<Path> logsNewestFirst) {
        return "Till: " + Optional.ofNullable(Versions.class.getPackage().getImplementationVersion()).orElse("dev")
                + "\nJava: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")"
                + "\nOS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")"
                + "\nJavaFX: " + javaFx()
                + "\nOdoo server: " + serverVersion(logsNewestFirst).orElse("unknown: no login in the kept logs")
                + "\n";
    }

    /** JavaFX's version without starting the toolkit; unknown where its internals are closed (a module image). */
    static String javaFx() {
        try {
            return (String) Class.forName("com.sun.javafx.runtime.VersionInfo").getMethod("getRuntimeVersion")
                    .invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** The version the newest log line about a login names, with that line's time. */
    static Optional<String> serverVersion(List<Path> logsNewestFirst) {
        for (Path log : logsNewestFirst) {
            Optional<String> last = lastLine(log, LogFiles.SERVER_VERSION);
            if (last.isPresent()) {
                String line = last.get();
                String time = line.split(" ", 2)[0];
                return Optional.of(line.substring(line.indexOf(LogFiles.SERVER_VERSION) + LogFiles.SERVER_VERSION
                        .length()).strip() + " (logged " + time + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastLine(Path log, String containing) {
        String found = null;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.contains(containing)) {
                    found = line;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }
}
