package till.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32C;
import org.h2.mvstore.DataUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.files.AtomicFiles;

/**
 * The checksum of {@code till.mv.db} that Till writes beside it ({@code till.mv.db.checksum}) once it has closed the
 * database cleanly, to compare before the next open (docs/decisions/0023). H2 checks its store header and chunk
 * headers, but not the pages between them, so a byte changed at rest in the middle of the file would otherwise be
 * read as data, or noticed only when a query reaches it. Stateless; the caller holds the {@link DataDirLock}.
 */
final class DatabaseChecksum {

    static final String SUFFIX = ".checksum";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChecksum.class);
    /** H2 writes its store header as one line of text at the start of the first 4 KiB block. */
    private static final int HEADER_BLOCK = 4096;
    private static final String FLETCHER = ",fletcher:";

    private DatabaseChecksum() {
    }

    /** A database file as Till closed it: length, CRC-32C of all its bytes, H2's store header, schema version. */
    record Seal(long size, int crc32c, String header, int schemaVersion) {

        boolean sameBytes(Seal other) {
            return size == other.size && crc32c == other.crc32c;
        }
    }

    static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + SUFFIX);
    }

    /** Measures the database file as it is now (reads it once). */
    static Seal measure(Path database, int schemaVersion) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        try (FileChannel in = FileChannel.open(database, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (in.read(buffer) >= 0) {
                buffer.flip();
                size += buffer.remaining();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return new Seal(size, (int) crc.getValue(), header(database), schemaVersion);
    }

    /** Measures the closed database and writes its checksum file; a failure only costs the next start's check. */
    static void sealQuietly(Path database, int schemaVersion) {
        try {
            Seal seal = measure(database, schemaVersion);
            AtomicFiles.replace(fileFor(database), "# Written by Till when it closed " + database.getFileName()
                    + "; compared before the next open (docs/store-and-outbox.md).\n"
                    + "size=" + seal.size() + "\ncrc32c=" + Integer.toHexString(seal.crc32c())
                    + "\nschema=" + seal.schemaVersion() + "\nheader=" + seal.header() + "\n");
        } catch (IOException e) {
            LOG.warn("Could not write {}: the next start cannot tell whether {} changed on the disk meanwhile ({})",
                    fileFor(database), database, e.toString());
        }
    }

    /** The checksum written at the last clean close; empty when there is none (a crash) or it cannot be read. */
    static Optional<Seal> read(Path database) {
        Path file = fileFor(database);
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new Seal(Long.parseLong(p.getProperty("size")),
                    Integer.parseUnsignedInt(p.getProperty("crc32c"), 16), p.getProperty("header"),
                    Integer.parseInt(p.getProperty("schema"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable {} ({}); {} is checked by opening it read-only", file, e.toString(),
                    database);
            return Optional.empty();
        }
    }

    /** Before the database is opened for writing: from then on the checksum no longer describes it. */
    static void delete(Path database) throws IOException {
        if (Files.deleteIfExists(fileFor(database))) {
            PaidJournal.syncDirectory(database.getParent());
        }
    }

    /** H2's store header line, as text; empty when the file is too short to hold one. */
    static String header(Path database) throws IOException {
        byte[] block;
        try (InputStream in = Files.newInputStream(database)) {
            block = in.readNBytes(HEADER_BLOCK);
        }
        int end = 0;
        while (end < block.length && block[end] != '\n' && block[end] != 0) {
            end++;
        }
        return new String(block, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** Whether the header line matches its own Fletcher-32 checksum, computed as H2 does over the text before it. */
    static boolean headerIntact(String header) {
        int at = header.lastIndexOf(FLETCHER);
        if (at < 0) {
            return false;
        }
        try {
            int expected = (int) Long.parseLong(header.substring(at + FLETCHER.length()), 16);
            return DataUtils.getFletcher32(header.getBytes(StandardCharsets.ISO_8859_1), 0, at) == expected;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
