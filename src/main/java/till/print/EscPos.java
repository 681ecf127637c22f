package till.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes ESC/POS commands into a byte array: only the commands Till uses, each as Epson's reference defines it
 * (decision 0141 says why Till has its own encoder). Confined to the thread that builds the bytes.
 */
final class EscPos {

    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int DLE = 0x10;
    static final int EOT = 0x04;
    static final int LF = 0x0A;

    /** DLE EOT n, the real-time status requests: printer (1), offline cause (2), paper roll sensor (4). */
    static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private final CodePage codePage;

    EscPos(CodePage codePage) {
        this.codePage = codePage;
    }

    /** ESC @ then ESC t n: a printer in its default state, with our code table selected. */
    EscPos initialize() {
        bytes(ESC, '@');
        return bytes(ESC, 't', codePage.table());
    }

    /** A line of text in the code table, its style set before it and reset after it. */
    EscPos line(String text, boolean bold, boolean tall) {
        if (bold) {
            bytes(ESC, 'E', 1);
        }
        if (tall) {
            bytes(GS, '!', 0x01);
        }
        out.writeBytes(codePage.encode(text));
        bytes(LF);
        if (tall) {
            bytes(GS, '!', 0);
        }
        return bold ? bytes(ESC, 'E', 0) : this;
    }

    /** ESC a n: 0 left, 1 centre. */
    EscPos align(int n) {
        return bytes(ESC, 'a', n);
    }

    /**
     * GS v 0: a raster image, one bit per dot, black = 1, rows of {@code widthBytes} bytes.
     */
    EscPos raster(byte[] bits, int widthBytes, int height) {
        bytes(GS, 'v', '0', 0, widthBytes & 0xFF, (widthBytes >> 8) & 0xFF, height & 0xFF, (height >> 8) & 0xFF);
        out.writeBytes(bits);
        return this;
    }

    /**
     * GS k 73: a CODE128 barcode in code set B ({@code {B} prefix), 2 dots per module, 64 dots high, its text
     * printed under it (GS H 2).
     */
    EscPos code128(String data) {
        // In code set B a "{" opens a code-set switch; a literal one is written twice.
        byte[] ascii = ("{B" + data.replace("{", "{{")).getBytes(StandardCharsets.US_ASCII);
        bytes(GS, 'h', 64);
        bytes(GS, 'w', 2);
        bytes(GS, 'H', 2);
        bytes(GS, 'k', 73, ascii.length);
        out.writeBytes(ascii);
        return this;
    }

    /** ESC d n: feeds n lines, so the cut does not go through the last one. */
    EscPos feed(int lines) {
        return bytes(ESC, 'd', lines);
    }

    /** GS V 1: a partial cut (one point left uncut, so the receipt does not fall). */
    EscPos cut() {
        return bytes(GS, 'V', 1);
    }

    /**
     * ESC p 0 t1 t2: a pulse on drawer pin 2 (where nearly every drawer hangs), on for 50 ms, off for 500 ms.
     */
    EscPos kickDrawer() {
        return bytes(ESC, 'p', 0, 25, 250);
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    private EscPos bytes(int... values) {
        for (int value : values) {
            out.write(value);
        }
        return this;
    }
}
