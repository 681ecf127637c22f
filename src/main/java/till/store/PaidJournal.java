package till.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * An append-only, fsynced file of paid orders ({@code <dataDir>/paid.journal}): the record that makes a payment
 * durable. H2 is only best-effort across a process kill (the crash test lost committed rows), so the journal is
 * replayed into H2 at start. Each record is {@code int length, int crc32, UTF-8 JSON}; a record cut short by a kill
 * during its append fails its check, is dropped and overwritten (its payment never returned). Thread-safe.
 */
final class PaidJournal implements AutoCloseable {

    static final String FILE_NAME = "paid.journal";
    private static final int MAX_RECORD = 16 * 1024 * 1024;

    private final Path file;
    private final FileChannel channel;
    private long end;

    private PaidJournal(Path file, FileChannel channel, long end) {
        this.file = file;
        this.channel = channel;
        this.end = end;
    }

    /** Opens (or creates) the journal and reads every intact record, dropping a torn last one. */
    static Opened open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            boolean created = !Files.exists(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (created) {
                syncDirectory(dataDir);
            }
            List<String> records = new ArrayList<>();
            long end = readAll(channel, records);
            if (channel.size() > end) {
                // A torn record from a kill during an append: never reported as paid, so it is dropped.
                channel.truncate(end);
                channel.force(false);
            }
            return new Opened(new PaidJournal(file, channel, end), records);
        } catch (IOException e) {
            throw StoreFailures.cannotOpen(file, e);
        }
    }

    /** The journal and the JSON of the paid orders in it, oldest first. */
    record Opened(PaidJournal journal, List<String> records) {
    }

    private static long readAll(FileChannel channel, List<String> records) throws IOException {
        long end = 0;
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16);
        DataInputStream data = new DataInputStream(in);
        while (true) {
            try {
                int length = data.readInt();
                int crc = data.readInt();
                if (length <= 0 || length > MAX_RECORD) {
                    return end;
                }
                byte[] body = data.readNBytes(length);
                if (body.length < length || crc != crc(body)) {
                    return end;
                }
                records.add(new String(body, StandardCharsets.UTF_8));
                end += 8 + length;
            } catch (EOFException e) {
                return end;
            }
        }
    }

    /** Appends one paid order and fsyncs; returns the position to {@link #truncate} to if the caller fails. */
    synchronized long append(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = ByteBuffer.allocate(8 + body.length).putInt(body.length).putInt(crc(body)).put(body);
        record.flip();
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

    /** Makes the new file's directory entry durable (a no-op where directories cannot be opened, e.g. Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Not supported on this platform; the first fsync of the file covers its entry on the common ones.
        }
    }

    private static int crc(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return (int) crc.getValue();
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
