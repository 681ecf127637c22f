package till.pin;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.files.AtomicFiles;

/**
 * The wrong PINs in a row and when the last one was typed, kept in {@code till.pin.attempts} so that killing and
 * restarting the till does not give a guesser fresh tries; and the delay they earn (decision 0101). Stateless apart
 * from its path; callers serialise access ({@link ManagerPin} does).
 */
final class PinAttempts {

    static final String NAME = "till.pin.attempts";
    /** Wrong PINs allowed without a wait: fingers slip. */
    static final int FREE_TRIES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(PinAttempts.class);

    /** Wrong PINs in a row, and when the last one was typed. Immutable. */
    record Failures(int count, Instant last) {
        static final Failures NONE = new Failures(0, Instant.EPOCH);

        /** When the next try is allowed: at once for the first few, then 30 s, doubling up to 15 min. */
        Instant nextTry() {
            if (count < FREE_TRIES) {
                return Instant.EPOCH;
            }
            int doublings = Math.min(count - FREE_TRIES, 10);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            return last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    private final Path file;

    PinAttempts(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    Failures read() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return new Failures(Integer.parseInt(p.getProperty("failures", "0")), Instant.parse(p.getProperty("last",
                    Instant.EPOCH.toString())));
        } catch (NoSuchFileException e) {
            return Failures.NONE;
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            // Only someone at the file system can break it, and they can delete the PIN as well: no lock-out for that.
            LOG.warn("{} cannot be read ({}); counting wrong PINs from zero", file, e.getClass().getSimpleName());
            return Failures.NONE;
        }
    }

    void write(Failures failures) throws IOException {
        if (failures.count() == 0) {
            Files.deleteIfExists(file);
            return;
        }
        AtomicFiles.replace(file, "# Wrong manager PINs in a row; reset by the right PIN.\nfailures="
                + failures.count() + "\nlast=" + failures.last() + "\n");
    }
}
