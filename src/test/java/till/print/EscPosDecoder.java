package till.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns recorded ESC/POS bytes back into commands and text lines, for tests: the commands Till sends (ESC @, ESC t,
 * ESC E, ESC a, ESC d, ESC p, GS !, GS V, GS v 0, GS h/w/H, GS k, DLE EOT), and text decoded in the code table
 * selected at that point, by the table numbers of Epson's reference (independently of {@link CodePage}). A byte it
 * does not know fails the decoding, so a stray byte cannot pass unnoticed. Stateless.
 */
public final class EscPosDecoder {

    /** One decoded command or line. */
    public sealed interface Command permits Init, CodeTable, Text, Style, Raster, Barcode, Feed, Cut, Kick, Status {
    }

    public record Init() implements Command {
    }

    public record CodeTable(int n) implements Command {
    }

    /** A line of text up to its LF, decoded in the table in force. */
    public record Text(String text) implements Command {
    }

    /** ESC E, ESC a, GS !, GS h, GS w, GS H with their argument. */
    public record Style(String command, int value) implements Command {
    }

    public record Raster(int widthBytes, int height, byte[] bits) implements Command {
    }

    public record Barcode(int system, String data) implements Command {
    }

    public record Feed(int lines) implements Command {
    }

    public record Cut(int mode) implements Command {
    }

    public record Kick(int pin, int on, int off) implements Command {
    }

    public record Status(int n) implements Command {
    }

    private static final Map<Integer, Charset> TABLES = Map.of(0, Charset.forName("IBM437"),
            16, Charset.forName("windows-1252"), 19, Charset.forName("IBM00858"));

    private EscPosDecoder() {
    }

    /** Thrown where the bytes end inside a command: a connection cut mid-receipt. */
    private static final class CutShort extends RuntimeException {
        CutShort() {
            super(null, null, false, false);
        }
    }

    /** The commands; bytes that end inside a command (a receipt cut short) end the list there. */
    public static List<Command> decode(byte[] bytes) {
        List<Command> out = new ArrayList<>();
        try {
            decode(bytes, out);
        } catch (CutShort e) {
            // What came before the cut is all there is.
        }
        return out;
    }

    private static void decode(byte[] bytes, List<Command> out) {
        Charset table = TABLES.get(0);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b == 0x0A) {
                out.add(new Text(new String(text.toByteArray(), table)));
                text.reset();
                i++;
            } else if (b == 0x1B || b == 0x1D || b == 0x10) {
                if (text.size() > 0) {
                    throw new AssertionError("a command inside a line at byte " + i);
                }
                i = command(bytes, i, out);
                if (out.get(out.size() - 1) instanceof CodeTable t) {
                    table = TABLES.get(t.n());
                    if (table == null) {
                        throw new AssertionError("unknown code table " + t.n());
                    }
                }
            } else if (b < 0x20) {
                throw new AssertionError("unexpected control byte " + b + " at " + i);
            } else {
                text.write(b);
                i++;
            }
        }
        if (text.size() > 0) {
            out.add(new Text(new String(text.toByteArray(), table)));
        }
    }

    /** Decodes the command at {@code i}; returns where the next one starts. */
    private static int command(byte[] bytes, int i, List<Command> out) {
        int prefix = bytes[i] & 0xFF;
        int code = at(bytes, i + 1);
        if (prefix == 0x10 && code == 0x04) {
            out.add(new Status(at(bytes, i + 2)));
            return i + 3;
        }
        if (prefix == 0x1B) {
            switch (code) {
                case '@' -> { out.add(new Init()); return i + 2; }
                case 't' -> { out.add(new CodeTable(at(bytes, i + 2))); return i + 3; }
                case 'E' -> { out.add(new Style("bold", at(bytes, i + 2))); return i + 3; }
                case 'a' -> { out.add(new Style("align", at(bytes, i + 2))); return i + 3; }
                case 'd' -> { out.add(new Feed(at(bytes, i + 2))); return i + 3; }
                case 'p' -> { out.add(new Kick(at(bytes, i + 2), at(bytes, i + 3), at(bytes, i + 4))); return i + 5; }
                default -> throw new AssertionError("unknown ESC " + code + " at " + i);
            }
        }
        if (prefix == 0x1D) {
            switch (code) {
                case '!' -> { out.add(new Style("size", at(bytes, i + 2))); return i + 3; }
                case 'h' -> { out.add(new Style("barcode height", at(bytes, i + 2))); return i + 3; }
                case 'w' -> { out.add(new Style("barcode module", at(bytes, i + 2))); return i + 3; }
                case 'H' -> { out.add(new Style("barcode text", at(bytes, i + 2))); return i + 3; }
                case 'V' -> { out.add(new Cut(at(bytes, i + 2))); return i + 3; }
                case 'v' -> { return raster(bytes, i, out); }
                case 'k' -> { return barcode(bytes, i, out); }
                default -> throw new AssertionError("unknown GS " + code + " at " + i);
            }
        }
        throw new AssertionError("unknown command " + prefix + " " + code + " at " + i);
    }

    private static int raster(byte[] bytes, int i, List<Command> out) {
        if (at(bytes, i + 2) != '0') {
            throw new AssertionError("GS v without 0 at " + i);
        }
        int widthBytes = at(bytes, i + 4) | at(bytes, i + 5) << 8;
        int height = at(bytes, i + 6) | at(bytes, i + 7) << 8;
        int start = i + 8;
        int end = start + widthBytes * height;
        if (end > bytes.length) {
            throw new CutShort();
        }
        byte[] bits = java.util.Arrays.copyOfRange(bytes, start, end);
        out.add(new Raster(widthBytes, height, bits));
        return end;
    }

    private static int barcode(byte[] bytes, int i, List<Command> out) {
        int system = at(bytes, i + 2);
        if (system < 65) {
            throw new AssertionError("only GS k m n d... barcodes are sent, got m=" + system);
        }
        int n = at(bytes, i + 3);
        at(bytes, i + 3 + n);
        String data = new String(bytes, i + 4, n, java.nio.charset.StandardCharsets.US_ASCII);
        out.add(new Barcode(system, data));
        return i + 4 + n;
    }

    private static int at(byte[] bytes, int i) {
        if (i >= bytes.length) {
            throw new CutShort();
        }
        return bytes[i] & 0xFF;
    }

    /** The text lines, in order. */
    public static List<String> lines(List<Command> commands) {
        return commands.stream().filter(Text.class::isInstance).map(c -> ((Text) c).text()).toList();
    }

    /** The complete receipts of each connection, in order (a connection cut mid-receipt adds none). */
    public static List<List<Command>> receipts(List<byte[]> sessions) {
        return sessions.stream().flatMap(session -> receipts(session).stream()).toList();
    }

    /** The commands of each complete receipt (from ESC @ to its cut) in recorded bytes; status requests dropped. */
    public static List<List<Command>> receipts(byte[] bytes) {
        List<List<Command>> receipts = new ArrayList<>();
        List<Command> current = null;
        for (Command c : decode(bytes)) {
            if (c instanceof Status) {
                continue;
            }
            if (c instanceof Init) {
                current = new ArrayList<>();
            }
            if (current != null) {
                current.add(c);
                if (c instanceof Cut) {
                    receipts.add(current);
                    current = null;
                }
            }
        }
        return receipts;
    }
}
