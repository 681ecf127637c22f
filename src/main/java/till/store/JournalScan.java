package till.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Splits the bytes of a paid-order journal into intact records, damaged stretches and a torn tail
 * (docs/decisions/0022). A record is {@code int length, int crc32 of the body, body}. The body is UTF-8 JSON, which
 * never holds a zero byte, while every plausible length (below 16 MiB) starts with one; so after damage the next
 * intact record is found by trying only the few positions whose length is plausible and whose body then matches its
 * checksum. Only a record cut short at the end of the file (a kill or power cut during its append, before it was
 * confirmed) is a torn tail; anything else that fails its check is damage. Stateless.
 */
final class JournalScan {

    static final int HEADER = 8;
    static final int MAX_RECORD = 16 * 1024 * 1024;

    private JournalScan() {
    }

    /** An intact record: its place in the file (1-based number, byte offset) and its JSON. */
    record Record(int number, long offset, String body) {
    }

    /**
     * Bytes from {@code offset} up to the next intact record (or the end) that are not an intact record, counted as
     * record {@code number}. {@code kept}: only the length field was damaged, the body still matches its checksum and
     * was read.
     */
    record Damage(int number, long offset, long length, boolean kept) {
    }

    /** What a journal holds; {@code end} is where its intact part ends and the next append goes. */
    record Result(List<Record> records, List<Damage> damage, long end, long size) {

        boolean torn() {
            return end < size;
        }

        /** How many intact records follow the given record number. */
        long intactAfter(int number) {
            return records.stream().filter(r -> r.number() > number).count();
        }
    }

    static Result scan(byte[] bytes) {
        List<Record> records = new ArrayList<>();
        List<Damage> damage = new ArrayList<>();
        int position = 0;
        int number = 0;
        while (position < bytes.length) {
            number++;
            int length = intactLength(bytes, position);
            if (length >= 0) {
                records.add(new Record(number, position, body(bytes, position, length)));
                position += HEADER + length;
                continue;
            }
            int next = nextIntact(bytes, position + 1);
            boolean kept = bodyMatches(bytes, position, next);
            if (!kept && next == bytes.length && tornAppend(bytes, position)) {
                return new Result(records, damage, position, bytes.length);
            }
            if (kept) {
                records.add(new Record(number, position, body(bytes, position, next - position - HEADER)));
            }
            damage.add(new Damage(number, position, next - position, kept));
            position = next;
        }
        return new Result(records, damage, bytes.length, bytes.length);
    }

    /** The body length of an intact record at {@code position}, or -1. */
    private static int intactLength(byte[] bytes, int position) {
        if (bytes.length - position < HEADER) {
            return -1;
        }
        int length = ByteBuffer.wrap(bytes, position, HEADER).getInt();
        if (length <= 0 || length > MAX_RECORD || length > bytes.length - position - HEADER) {
            return -1;
        }
        return crc(bytes, position + HEADER, length) == storedCrc(bytes, position) ? length : -1;
    }

    /** The next position at or after {@code from} where an intact record starts, or the end of the bytes. */
    private static int nextIntact(byte[] bytes, int from) {
        for (int i = from; i <= bytes.length - HEADER; i++) {
            // A length of at most MAX_RECORD starts with a 0 (or a 1 for exactly 16 MiB): skips JSON text at once.
            if ((bytes[i] == 0 || bytes[i] == 1) && intactLength(bytes, i) >= 0) {
                return i;
            }
        }
        return bytes.length;
    }

    /** Whether the stretch holds a whole record whose length field alone is wrong: its body matches its checksum. */
    private static boolean bodyMatches(byte[] bytes, int position, int next) {
        long length = (long) next - position - HEADER;
        return length > 0 && length <= MAX_RECORD && crc(bytes, position + HEADER, (int) length)
                == storedCrc(bytes, position);
    }

    /**
     * Whether the bytes from {@code position} to the end are what an interrupted append leaves: less than a header,
     * a record shorter than its length says, or zeros (a power cut that kept the new length but not the data).
     */
    private static boolean tornAppend(byte[] bytes, int position) {
        int remaining = bytes.length - position;
        if (remaining < HEADER) {
            return true;
        }
        int length = ByteBuffer.wrap(bytes, position, HEADER).getInt();
        if (length > 0 && length <= MAX_RECORD && length > remaining - HEADER) {
            return true;
        }
        for (int i = position; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String body(byte[] bytes, int position, int length) {
        return new String(bytes, position + HEADER, length, StandardCharsets.UTF_8);
    }

    private static int storedCrc(byte[] bytes, int position) {
        return ByteBuffer.wrap(bytes, position + 4, 4).getInt();
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
