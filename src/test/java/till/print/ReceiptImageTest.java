package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The picture, PDF and text of a receipt: the same lines as the printer prints. */
class ReceiptImageTest {

    private final ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(42, true), "en_US", true);

    @Test
    void thePngIsAsWideAsThePrintersDotsAndShowsTheBarcodesBars() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ReceiptImage.png(receipt, PaperWidth.MM58)));

        assertThat(image.getWidth()).isEqualTo(384);
        int lines = ReceiptText.render(receipt, PaperWidth.MM58).split("\n").length;
        assertThat(image.getHeight()).as("about a text line per line, and the barcode").isGreaterThan(lines * 16);
        List<Integer> bars = Code128.widths("00007-001-0042").stream().map(w -> w * 2).toList();
        long rows = IntStream.range(0, image.getHeight()).filter(y -> runs(image, y).equals(bars))
                .count();
        assertThat(rows).as("rows crossing the uid's CODE128 bars, 2 dots per module").isEqualTo(64);
    }

    @Test
    void thePdfIsOnePageHoldingTheReceiptsPicture() throws Exception {
        BufferedImage image = ReceiptImage.render(receipt, PaperWidth.MM80);
        byte[] pdf = ReceiptPdf.pdf(receipt, PaperWidth.MM80);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("/Count 1",
                "/Width " + image.getWidth(), "/Height " + image.getHeight());
        Matcher xref = Pattern.compile("startxref\n(\\d+)\n").matcher(text);
        assertThat(xref.find()).isTrue();
        String table = text.substring(Integer.parseInt(xref.group(1)));
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(table);
        for (int object = 1; entry.find(); object++) {
            assertThat(text.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj");
        }
        int start = text.indexOf("stream\n", text.indexOf("/Subtype /Image")) + "stream\n".length();
        int end = text.indexOf("\nendstream", start);
        Inflater inflater = new Inflater();
        inflater.setInput(Arrays.copyOfRange(pdf, start, end));
        byte[] pixels = new byte[image.getWidth() * image.getHeight()];
        assertThat(inflater.inflate(pixels)).isEqualTo(pixels.length);
        byte[] expected = new byte[pixels.length];
        image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), expected);
        assertThat(pixels).isEqualTo(expected);
    }

    @Test
    void thePlainTextIsTheReceiptLineForLine() {
        String text = ReceiptText.render(receipt, PaperWidth.MM58);

        assertThat(text.split("\n")).contains("           DUPLICATE", "TOTAL                     6.62 \u20ac",
                "CHANGE                    3.38 \u20ac", "        *00007-001-0042*");
        assertThat(ReceiptText.show(ReceiptFixtures.order(42, true), ReceiptFixtures.catalog("en_US",
                ReceiptFixtures.EUR), ReceiptFixtures.ZONE, PaperWidth.MM58, true)).isEqualTo(text);
    }

    @Test
    void code128SymbolsCarryTheDataAndTheirCheckSymbol() {
        // Check: (104 + 1×48 + 2×42 + 3×42 + 4×17 + 5×18 + 6×19 + 7×35) mod 103 = 879 mod 103 = 55.
        assertThat(Code128.symbols("PJJ123C")).containsExactly(104, 48, 42, 42, 17, 18, 19, 35, 55, 106);
        assertThat(Code128.widths("A").stream().mapToInt(Integer::intValue).sum()).isEqualTo(11 * 3 + 13);
    }

    /** The widths of the black and white runs between the first and the last black dot of a row. */
    private static List<Integer> runs(BufferedImage image, int y) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            if (black(image, x, y)) {
                last = x;
                first = first < 0 ? x : first;
            }
        }
        List<Integer> runs = new ArrayList<>();
        for (int x = first; first >= 0 && x <= last; ) {
            boolean colour = black(image, x, y);
            int from = x;
            while (x <= last && black(image, x, y) == colour) {
                x++;
            }
            runs.add(x - from);
        }
        return runs;
    }

    private static boolean black(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0) < 128;
    }
}
