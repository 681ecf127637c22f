package till.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a damaged journal once, where it is found at start: one ERROR per damaged stretch (file, record number,
 * byte offset) and a copy of the journal as found, {@code paid.journal.damaged-<UTC time>} in the data directory, so
 * that support can look at the bytes the log names after the journal was rewritten without them
 * (docs/decisions/0022). Stateless.
 */
final class JournalDamage {

    static final String SIDE_FILE_PREFIX = PaidJournal.FILE_NAME + ".damaged-";

    private static final Logger LOG = LoggerFactory.getLogger(JournalDamage.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private JournalDamage() {
    }

    /**
     * Saves a copy of the damaged journal beside it and logs every damaged stretch.
     *
     * @return the copy, or empty when it could not be written (the journal must then be kept as it is)
     */
    static Optional<Path> report(Path journal, byte[] asFound, JournalScan.Result scan, Clock clock) {
        Optional<Path> copy = saveCopy(journal, asFound, clock);
        String where = copy.map(c -> "The journal as found is saved in " + c + " for support.")
                .orElse("A copy could not be saved beside it, so the journal is left as it is.");
        for (JournalScan.Damage damage : scan.damage()) {
            String what = damage.kept()
                    ? "has a damaged length field; its order still matches its checksum and was kept"
                    : "fails its checksum and was skipped (should the database lack that paid order too, only the"
                    + " saved copy holds it)";
            LOG.error("Paid-order journal {} is damaged: record {} at byte {} ({} bytes) {}; {} intact records"
                    + " after it were kept. {}", journal, damage.number(), damage.offset(), damage.length(), what,
                    scan.intactAfter(damage.number()), where);
        }
        return copy;
    }

    private static Optional<Path> saveCopy(Path journal, byte[] asFound, Clock clock) {
        String stamp = STAMP.format(clock.instant());
        for (int attempt = 1; attempt < 100; attempt++) {
            Path copy = journal.resolveSibling(SIDE_FILE_PREFIX + stamp + (attempt == 1 ? "" : "-" + attempt));
            try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(asFound);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
                PaidJournal.syncDirectory(journal.getParent());
                return Optional.of(copy);
            } catch (FileAlreadyExistsException e) {
                // A copy from an earlier start in the same second: take the next name.
            } catch (IOException e) {
                LOG.error("Could not save a copy of the damaged journal {} as {}: {}", journal, copy, e.toString());
                deleteQuietly(copy);
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A half-written copy would pass for the journal as found. */
    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.error("Could not delete the incomplete copy {}: {}", copy, e.toString());
        }
    }
}
