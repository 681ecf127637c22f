package till.pin;

import till.files.OwnerOnlyFile;
import till.setup.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The manager PIN's hash, {@code till.pin} in the data directory: algorithm, iteration count, salt and hash in
 * properties form, owner-only, written in one step (decision 0100). The PIN itself is never written anywhere.
 * Stateless apart from its path; thread-safe.
 */
public final class ManagerPinFile {

    public static final String NAME = "till.pin";

    private final Path file;

    public ManagerPinFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The stored hash, or empty when no PIN was set. */
    public Optional<PinHash> read() throws ConfigException {
        Properties p = new Properties();
        try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("The manager PIN file " + file + " cannot be read (" + e.getClass()
                    .getSimpleName() + ").", e);
        }
        if (!PinHash.ALGORITHM.equals(p.getProperty("algorithm"))) {
            throw broken("algorithm", PinHash.ALGORITHM);
        }
        int iterations;
        try {
            iterations = Integer.parseInt(p.getProperty("iterations", ""));
        } catch (NumberFormatException e) {
            throw broken("iterations", "a positive whole number");
        }
        if (iterations <= 0) {
            throw broken("iterations", "a positive whole number");
        }
        return Optional.of(new PinHash(iterations, base64(p, "salt"), base64(p, "hash")));
    }

    public void write(PinHash pin) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        OwnerOnlyFile.write(file, "# Till's manager PIN as a salted hash, never the PIN itself. Change it with"
                + " `till manager-pin`.\n"
                + "algorithm=" + PinHash.ALGORITHM + "\n"
                + "iterations=" + pin.iterations() + "\n"
                + "salt=" + b64.encodeToString(pin.salt()) + "\n"
                + "hash=" + b64.encodeToString(pin.hash()) + "\n");
    }

    private byte[] base64(Properties p, String key) throws ConfigException {
        try {
            byte[] bytes = Base64.getDecoder().decode(p.getProperty(key, ""));
            if (bytes.length > 0) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw broken(key, "Base64 bytes");
    }

    private ConfigException broken(String key, String expected) {
        return new ConfigException(file + ": \"" + key + "\" is missing or wrong, expected " + expected + ". Set the"
                + " PIN again: delete the file and run till manager-pin --pin-file FILE.");
    }
}
