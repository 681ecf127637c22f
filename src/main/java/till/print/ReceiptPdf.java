package till.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * A receipt as a one-page PDF: the {@link ReceiptImage} picture, page-sized at the printer's 203 dpi, as a
 * Flate-compressed grey image. Written by hand (five objects and a cross-reference table) rather than with a PDF
 * library, which would add megabytes for one page (decision 0141). Stateless.
 */
public final class ReceiptPdf {

    /** The printer's resolution: a dot is 72/203 of a PDF point. */
    private static final double DOTS_PER_INCH = 203;

    private ReceiptPdf() {
    }

    public static byte[] pdf(ReceiptDocument receipt, PaperWidth width) {
        return pdf(ReceiptImage.render(receipt, width));
    }

    static byte[] pdf(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] pixels = new byte[w * h];
        grey.getRaster().getDataElements(0, 0, w, h, pixels);
        byte[] compressed = deflate(pixels);
        String pageWidth = points(w);
        String pageHeight = points(h);

        Writer out = new Writer();
        out.text("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        out.object("<< /Type /Catalog /Pages 2 0 R >>");
        out.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        out.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + pageWidth + " " + pageHeight + "]"
                + " /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
        out.stream("<< /Type /XObject /Subtype /Image /Width " + w + " /Height " + h
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " + compressed.length
                + " >>", compressed);
        byte[] content = ("q " + pageWidth + " 0 0 " + pageHeight + " 0 0 cm /Im0 Do Q\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        out.stream("<< /Length " + content.length + " >>", content);
        return out.finish();
    }

    private static String points(int dots) {
        return String.format(Locale.ROOT, "%.2f", dots * 72 / DOTS_PER_INCH);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Numbers the objects and remembers where each starts, for the cross-reference table. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        void text(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        void object(String body) {
            offsets.add(out.size());
            text(offsets.size() + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(String dictionary, byte[] data) {
            offsets.add(out.size());
            text(offsets.size() + " 0 obj\n" + dictionary + "\nstream\n");
            out.writeBytes(data);
            text("\nendstream\nendobj\n");
        }

        byte[] finish() {
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(offset -> table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
            table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            text(table.toString());
            return out.toByteArray();
        }
    }
}
