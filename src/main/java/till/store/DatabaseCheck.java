package till.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an existing {@code till.mv.db} before Till opens it for writing, so that a file Till refuses is never written
 * to: H2 rewrites its store header as soon as it opens a file for writing (docs/decisions/0023). A file that still
 * has the checksum of its last clean close must match it byte for byte; any other file is opened read-only first
 * (H2 then checks its headers and last chunk without writing). Stateless; the caller holds the {@link DataDirLock}.
 */
final class DatabaseCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCheck.class);

    private DatabaseCheck() {
    }

    /**
     * Refuses a damaged file or one from a newer Till, leaving it untouched; otherwise removes its checksum, which
     * stops describing the file once it is opened for writing.
     *
     * @param url the H2 URL of the database, without settings
     * @throws StoreException naming the file, when Till must not open it
     */
    static void beforeOpening(Path file, String url, Migrations migrations) {
        try {
            Optional<DatabaseChecksum.Seal> seal = DatabaseChecksum.read(file);
            if (seal.isPresent() && unchangedSinceClose(file, seal.get())) {
                migrations.refuseNewer(seal.get().schemaVersion());
            } else {
                openReadOnly(file, url, migrations);
            }
            DatabaseChecksum.delete(file);
        } catch (IOException e) {
            throw StoreFailures.cannotOpen(file, e);
        }
    }

    /**
     * Whether the file has the bytes Till closed it with. A different, intact H2 header means another file was put
     * there (a backup restored on purpose): it is not compared, only opened read-only.
     *
     * @throws StoreException when the header is that of the closed file (or is itself damaged) but the bytes differ
     */
    private static boolean unchangedSinceClose(Path file, DatabaseChecksum.Seal seal) throws IOException {
        String header = DatabaseChecksum.header(file);
        if (!header.equals(seal.header()) && DatabaseChecksum.headerIntact(header)) {
            LOG.info("{} is not the file Till closed last (a backup put back?); checking it read-only", file);
            return false;
        }
        if (DatabaseChecksum.measure(file, seal.schemaVersion()).sameBytes(seal)) {
            return true;
        }
        throw StoreFailures.damaged(file, "its bytes changed after Till closed it at "
                + Files.getLastModifiedTime(DatabaseChecksum.fileFor(file)).toInstant().truncatedTo(ChronoUnit.SECONDS)
                + ": they no longer match the checksum"
                + " Till wrote then in " + DatabaseChecksum.fileFor(file).getFileName()
                + "; a disk fault or another program changed them");
    }

    private static void openReadOnly(Path file, String url, Migrations migrations) {
        // No trace file either: a refused database leaves nothing new in the data directory.
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0",
                Database.USER, "")) {
            migrations.refuseNewer(Migrations.versionIfAny(c));
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                LOG.info("{} cannot be checked read-only ({}); opening it as before", file, e.getMessage());
                return;
            }
            throw StoreFailures.cannotOpen(file, e);
        }
    }
}
