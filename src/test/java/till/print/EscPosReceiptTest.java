package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import till.print.EscPosDecoder.Barcode;
import till.print.EscPosDecoder.CodeTable;
import till.print.EscPosDecoder.Command;
import till.print.EscPosDecoder.Cut;
import till.print.EscPosDecoder.Init;
import till.print.EscPosDecoder.Kick;
import till.print.EscPosDecoder.Raster;

/** The ESC/POS bytes of a receipt, decoded back: what a printer would print. */
class EscPosReceiptTest {

    @Test
    void aPaidOrdersReceiptDecodesToInitItsLinesTotalsPaymentsChangeAndACut() {
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(42, true), "en_US", false);

        List<Command> commands = EscPosDecoder.decode(EscPosReceipt.render(receipt, PaperWidth.MM80, CodePage.CP1252,
                false));

        assertThat(commands.get(0)).isEqualTo(new Init());
        assertThat(commands.get(1)).isEqualTo(new CodeTable(16));
        List<String> lines = EscPosDecoder.lines(commands);
        assertThat(lines).contains(
                centred("Caf\u00e9 du Parc", 48), centred("Rue du Parc 1", 48), centred("Tax ID: BE0123456789", 48),
                centred("Welcome!", 48),
                row("Coffee", "5.00 \u20ac", 48), "  2 \u00d7 2.50 \u20ac",
                row("Croissant", "1.62 \u20ac", 48), "  1 \u00d7 1.80 \u20ac", "  Discount 10 %",
                row("VAT 6%", "0.37 \u20ac", 48), row("TOTAL", "6.62 \u20ac", 48), row("Cash", "10.00 \u20ac", 48),
                row("CHANGE", "3.38 \u20ac", 48), "Served by Marie", "Customer: Ann Peeters",
                "Order 00007-001-0042", "Dec 3, 2026, 10:41:07 AM", centred("Merci et \u00e0 bient\u00f4t", 48));
        assertThat(lines).containsSubsequence(row("Coffee", "5.00 \u20ac", 48), row("TOTAL", "6.62 \u20ac", 48),
                row("Cash", "10.00 \u20ac", 48), row("CHANGE", "3.38 \u20ac", 48));
        assertThat(lines).noneMatch(line -> line.contains("DUPLICATE"));
        assertThat(commands).contains(new Barcode(73, "{B00007-001-0042"));
        assertThat(commands.get(commands.size() - 1)).isEqualTo(new Cut(1));
        assertThat(commands).doesNotHaveAnyElementsOfTypes(Kick.class);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void noLineIsWiderThanThePaper(PaperWidth width) {
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(1, true,
                "A product with a name far too long for any receipt paper", "Croissant"), "en_US", true);

        List<String> lines = EscPosDecoder.lines(EscPosDecoder.decode(EscPosReceipt.render(receipt, width,
                CodePage.CP1252, false)));

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width.columns()));
        assertThat(lines).contains(row("CHANGE", "3.38 \u20ac", width.columns()));
        assertThat(String.join(" ", lines)).contains("A product with a name far too long for any receipt paper"
                .split(" ")[8]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr_FR | Cr\u00e8me br\u00fbl\u00e9e | \u0152uf cocotte",
        "de_DE | Gr\u00f6\u00dfe M\u00fcsli | K\u00e4sekuchen",
        "es_ES | Ni\u00f1o caf\u00e9 con le\u00e7he | Pi\u00f1a colada",
        "da_DK | Sm\u00f8rrebr\u00f8d | \u00d8l fra \u00c6r\u00f8",
    })
    void accentedLettersStrokedOAndTheEuroSignDecodeBackInTheShopsCodeTable(String language, String first,
                                                                           String second) {
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(3, false, first, second), language,
                false);
        CodePage page = CodePage.forLanguage(language);

        List<Command> commands = EscPosDecoder.decode(EscPosReceipt.render(receipt, PaperWidth.MM58, page, false));

        assertThat(page).isEqualTo(CodePage.CP1252);
        assertThat(commands.get(1)).isEqualTo(new CodeTable(16));
        String text = String.join("\n", EscPosDecoder.lines(commands));
        assertThat(text).contains(first, second, "6,62 \u20ac", "Caf\u00e9 du Parc")
                .doesNotContain("?");
    }

    @Test
    void theEuroCodeTableForPrintersWithoutTable16PrintsTheSameLetters() {
        String name = "Sm\u00f8rrebr\u00f8d cr\u00e8me \u00f1 \u00fc";
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(3, false, name, "x"), "da_DK",
                false);

        List<Command> commands = EscPosDecoder.decode(EscPosReceipt.render(receipt, PaperWidth.MM80,
                CodePage.CP858, false));

        assertThat(commands.get(1)).isEqualTo(new CodeTable(19));
        assertThat(String.join("\n", EscPosDecoder.lines(commands))).contains(name, "6,62 \u20ac");
    }

    @Test
    void theFallbackTableSpellsOutWhatItLacksInsteadOfPrintingQuestionMarks() {
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(3, false,
                "\u0152uf \u00e0 la co\u0151", "Sm\u00f8r"), "el_GR", false);
        CodePage page = CodePage.forLanguage("el_GR");

        List<String> lines = EscPosDecoder.lines(EscPosDecoder.decode(EscPosReceipt.render(receipt,
                PaperWidth.MM80, page, false)));

        assertThat(page).isEqualTo(CodePage.CP437);
        assertThat(lines).contains(row("OEuf \u00e0 la coo", "5,00 EUR", 48), row("Smor", "1,62 EUR", 48),
                "  2 x 2,50 EUR");
    }

    @Test
    void aCashReceiptKicksTheDrawerBeforeItPrintsAndTheManagersKickIsAKickAlone() {
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(1, true), "en_US", false);

        List<Command> withKick = EscPosDecoder.decode(EscPosReceipt.render(receipt, PaperWidth.MM80,
                CodePage.CP1252, true));

        assertThat(withKick.subList(0, 3)).containsExactly(new Init(), new CodeTable(16), new Kick(0, 25, 250));
        assertThat(EscPosDecoder.decode(EscPosReceipt.drawerKick())).containsExactly(new Init(), new CodeTable(0),
                new Kick(0, 25, 250));
    }

    @Test
    void theLogoPrintsAsARasterImageDitheredToThePapersWidth() throws Exception {
        BufferedImage logo = new BufferedImage(800, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 200);
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 400, 200);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        ReceiptDocument plain = ReceiptFixtures.receipt(ReceiptFixtures.order(1, true), "en_US", false);
        ReceiptDocument receipt = new ReceiptDocument(new ReceiptDocument.Shop(
                Base64.getEncoder().encodeToString(png.toByteArray()), plain.shop().name(), plain.shop().details(),
                plain.shop().header()), plain.items(), plain.taxes(), plain.total(), plain.payments(), plain.change(),
                plain.notes(), plain.reference(), plain.barcode(), plain.paidAt(), plain.footer(), "", "en_US");

        List<Command> commands = EscPosDecoder.decode(EscPosReceipt.render(receipt, PaperWidth.MM58,
                CodePage.CP1252, false));

        Raster raster = commands.stream().filter(Raster.class::isInstance).map(Raster.class::cast).findFirst()
                .orElseThrow();
        assertThat(raster.widthBytes()).isEqualTo(384 / 8);
        assertThat(raster.height()).isEqualTo(96);
        Bitmap bitmap = new Bitmap(384, 96, raster.bits());
        assertThat(darkShare(bitmap, 0, 192)).as("the grey half, dithered").isBetween(0.35, 0.65);
        assertThat(darkShare(bitmap, 192, 384)).as("the white half").isZero();
    }

    private static double darkShare(Bitmap bitmap, int fromX, int toX) {
        int dark = 0;
        for (int y = 0; y < bitmap.height(); y++) {
            for (int x = fromX; x < toX; x++) {
                dark += bitmap.black(x, y) ? 1 : 0;
            }
        }
        return (double) dark / ((toX - fromX) * bitmap.height());
    }

    static String row(String left, String right, int columns) {
        return left + " ".repeat(columns - left.length() - right.length()) + right;
    }

    static String centred(String text, int columns) {
        return " ".repeat((columns - text.length()) / 2) + text;
    }
}
