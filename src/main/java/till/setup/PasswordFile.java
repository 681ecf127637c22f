package till.setup;

import till.files.OwnerOnlyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The kept password, {@code till.password} in the data directory: readable and writable by its owner only
 * (POSIX 0600 where the file system has permissions), never in the config file, never in a log or a message.
 * Stateless apart from its path; thread-safe.
 */
public final class PasswordFile {

    public static final String NAME = "till.password";

    private final Path file;

    public PasswordFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** The kept password, if there is one. */
    public Optional<String> read() throws ConfigException {
        try {
            return Optional.of(firstLine(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ConfigException("The password file " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + ").", e);
        }
    }

    /** Keeps the password: the file is created owner-only before the password is written into it. */
    public void write(String password) throws IOException {
        OwnerOnlyFile.write(file, password + "\n");
    }

    /** Forgets a kept password. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads a password the admin handed over in a file ({@code --password-file}): its first line. */
    public static String readGiven(Path given) throws ConfigException {
        try {
            return firstLine(Files.readString(given, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("The password file " + given + " cannot be read (" + e.getClass().getSimpleName()
                    + ").", e);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
