package till.app;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.files.AtomicFiles;

/**
 * The window's last placement in {@code till.window} in the data directory, written when the till closes and read at
 * the next start (decision 0243). A file that cannot be read or makes no sense is ignored with a log line, never a
 * reason not to start; a write that fails is logged. Blocks for the disk: call off the FX thread. Thread-safe
 * (stateless apart from its path).
 */
final class WindowPlacementFile {

    static final String NAME = "till.window";
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacementFile.class);

    private final Path file;

    WindowPlacementFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    /** The remembered placement, or empty when there is none or it is broken. */
    Optional<WindowPlacement> read() {
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            WindowPlacement placement = new WindowPlacement(number(p, "x"), number(p, "y"), number(p, "width"),
                    number(p, "height"), Boolean.parseBoolean(p.getProperty("maximised")));
            return Optional.of(placement);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            // Only a window's size is lost: the till opens maximised, and the next close writes a good file.
            LOG.warn("{} cannot be read ({}); the window opens maximised", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Replaces the file with this placement; a failure is logged, not thrown (the till is closing anyway). */
    void write(WindowPlacement placement) {
        String text = String.format(Locale.ROOT, "# The till window's last place and size; delete to open maximised."
                + "%nx=%.0f%ny=%.0f%nwidth=%.0f%nheight=%.0f%nmaximised=%s%n", placement.x(), placement.y(),
                placement.width(), placement.height(), placement.maximised());
        try {
            AtomicFiles.replace(file, text);
        } catch (IOException e) {
            LOG.warn("the window's size cannot be kept in {}: {}", file, e.toString());
        }
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        double number = Double.parseDouble(value.strip());
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(key + " is " + value);
        }
        return number;
    }
}
