package till.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only, fsynced file of paid orders ({@code <dataDir>/paid.journal}): the record that makes a payment
 * durable. H2 is only best-effort across a process kill (the crash test lost committed rows), so the journal is
 * replayed into H2 at start. Each record is {@code int length, int crc32, UTF-8 JSON}; a record cut short at the end
 * by a kill during its append is a torn tail: it is dropped and overwritten (its payment never returned). A record
 * damaged anywhere else is skipped and reported, and every intact record after it is still read
 * (docs/decisions/0022). Thread-safe.
 */
final class PaidJournal implements AutoCloseable {

    static final String FILE_NAME = "paid.journal";

    private static final Logger LOG = LoggerFactory.getLogger(PaidJournal.class);
    private static final String REWRITE_SUFFIX = ".rewrite";

    private final Path file;
    private FileChannel channel;
    private long end;

    private PaidJournal(Path file, FileChannel channel, long end) {
        this.file = file;
        this.channel = channel;
        this.end = end;
    }

    /**
     * Opens (or creates) the journal and reads every intact record, dropping a torn last one; damage elsewhere is
     * reported ({@link JournalDamage}) and leaves the file as it is.
     */
    static Opened open(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            // A rewrite cut short by a kill: the journal it was to replace is still complete.
            Files.deleteIfExists(file.resolveSibling(FILE_NAME + REWRITE_SUFFIX));
            boolean created = !Files.exists(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (created) {
                syncDirectory(dataDir);
            }
            byte[] bytes = readAll(channel);
            JournalScan.Result scan = JournalScan.scan(bytes);
            Condition condition = Condition.INTACT;
            if (!scan.damage().isEmpty()) {
                condition = JournalDamage.report(file, bytes, scan, clock).isPresent() ? Condition.DAMAGE_SAVED
                        : Condition.DAMAGE_UNSAVED;
            }
            if (scan.torn()) {
                // A torn record from a kill during an append: never reported as paid, so it is dropped.
                LOG.warn("Dropped the last {} bytes of {}: a payment cut short before it was confirmed",
                        scan.size() - scan.end(), file);
                channel.truncate(scan.end());
                channel.force(false);
            }
            List<String> records = scan.records().stream().map(JournalScan.Record::body).toList();
            return new Opened(new PaidJournal(file, channel, scan.end()), records, condition);
        } catch (IOException e) {
            throw StoreFailures.cannotOpen(file, e);
        }
    }

    /** Whether the journal read at start was whole, and if not, whether its damaged bytes are saved elsewhere. */
    enum Condition {
        INTACT, DAMAGE_SAVED, DAMAGE_UNSAVED
    }

    /** The journal, the JSON of the paid orders in it (oldest first), and its condition at start. */
    record Opened(PaidJournal journal, List<String> records, Condition condition) {

        /** A rewrite drops what could not be read; only once those bytes are saved beside the journal. */
        boolean mayCompact() {
            return condition != Condition.DAMAGE_UNSAVED;
        }

        /** Rewritten even when nothing was confirmed, so that the same damage is not reported at every start. */
        boolean mustCompact() {
            return condition == Condition.DAMAGE_SAVED;
        }
    }

    /** The whole file: its records are held in memory anyway, and finding the next one after damage needs both. */
    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("the journal is larger than 2 GB");
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) size);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, bytes.position()) < 0) {
                throw new EOFException("the journal shrank while it was read");
            }
        }
        return bytes.array();
    }

    /** Appends one paid order and fsyncs; returns where its record starts. A failed append leaves nothing behind. */
    synchronized long append(String json) {
        ByteBuffer record = encode(json);
        long start = end;
        try {
            while (record.hasRemaining()) {
                channel.write(record, end + record.position());
            }
            // fdatasync: also covers the new file length, which is what a reader needs to find the record.
            channel.force(false);
            end = start + record.limit();
            return start;
        } catch (IOException e) {
            truncate(start);
            throw StoreFailures.writeFailed(file, e);
        }
    }

    /** Drops everything from {@code position} on: undoes an append whose database transaction failed. */
    synchronized void truncate(long position) {
        try {
            channel.truncate(position);
            channel.force(false);
            end = position;
        } catch (IOException e) {
            throw StoreFailures.writeFailed(file, e);
        }
    }

    /**
     * Replaces the journal with only these records (those whose orders the server does not have yet), so that the
     * journal and the work at start stay proportional to the money at risk, not to the till's whole history. The new
     * file is written and fsynced beside the old one and moved over it: a kill at any point leaves one complete
     * journal.
     */
    synchronized void rewrite(List<String> records) {
        Path temp = file.resolveSibling(FILE_NAME + REWRITE_SUFFIX);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (String json : records) {
                    ByteBuffer record = encode(json);
                    while (record.hasRemaining()) {
                        out.write(record);
                    }
                }
                out.force(true);
            }
            channel.close();
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            end = channel.size();
        } catch (IOException e) {
            throw StoreFailures.writeFailed(file, e);
        }
    }

    private static ByteBuffer encode(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = ByteBuffer.allocate(JournalScan.HEADER + body.length).putInt(body.length)
                .putInt(JournalScan.crc(body, 0, body.length)).put(body);
        record.flip();
        return record;
    }

    /** Makes the new file's directory entry durable (a no-op where directories cannot be opened, e.g. Windows). */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Not supported on this platform; the first fsync of the file covers its entry on the common ones.
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw StoreFailures.writeFailed(file, e);
        }
    }
}
