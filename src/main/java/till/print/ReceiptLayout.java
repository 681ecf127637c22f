package till.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays a {@link ReceiptDocument} out in lines of a fixed number of characters, the way a receipt printer's font
 * prints them: the one layout behind the ESC/POS bytes, the plain text and the PNG, so that all three show the same
 * lines. Immutable.
 */
public final class ReceiptLayout {

    /** One printed element of a receipt. Immutable. */
    public sealed interface Block permits Text, Logo, Barcode {
    }

    /**
     * A line of text, already aligned with spaces to at most the paper's columns. Immutable.
     *
     * @param tall printed twice as high (never wider, so the line keeps its columns)
     */
    public record Text(String text, boolean bold, boolean tall) implements Block {
    }

    /** The company logo: a base64 PNG or JPEG image, printed centred, dithered to black and white. Immutable. */
    public record Logo(String base64) implements Block {
    }

    /** A CODE128 barcode of {@code data} (printable ASCII), centred, with its text under it. Immutable. */
    public record Barcode(String data) implements Block {
    }

    /** A report line's label, a gap of two spaces or more, and its last column (an amount). */
    private static final Pattern AMOUNT_AFTER_GAP = Pattern.compile("(.*\\S)\\s{2,}(\\S+(?: \\S+)?)");

    private final int columns;
    private final UnaryOperator<String> printed;

    /** A layout of text as it is written, for a screen or a picture. */
    public ReceiptLayout(int columns) {
        this(columns, UnaryOperator.identity());
    }

    /**
     * @param printed the text as the printer will print it, one character per character: its code table's
     *                spelling ({@link CodePage#printable}), so that a euro sign written "EUR" is counted as three
     */
    public ReceiptLayout(int columns, UnaryOperator<String> printed) {
        if (columns < 16) {
            throw new IllegalArgumentException("a receipt needs at least 16 columns, got " + columns);
        }
        this.columns = columns;
        this.printed = printed;
    }

    public List<Block> blocks(ReceiptDocument receipt) {
        List<Block> out = new ArrayList<>();
        ReceiptDocument.Shop shop = receipt.shop();
        if (!shop.logo().isBlank()) {
            out.add(new Logo(shop.logo()));
        }
        if (receipt.duplicate()) {
            centred(out, receipt.mark(), true);
        }
        centred(out, shop.name(), true);
        shop.details().forEach(line -> centred(out, line, false));
        shop.header().forEach(line -> centred(out, line, false));
        rule(out);
        for (ReceiptDocument.Item item : receipt.items()) {
            leftRight(out, item.name(), item.total(), false);
            wrapped(out, item.quantityPrice(), "  ");
            if (!item.discount().isEmpty()) {
                wrapped(out, item.discount(), "  ");
            }
        }
        rule(out);
        receipt.taxes().forEach(tax -> leftRight(out, tax.label(), tax.amount(), false));
        leftRight(out, receipt.total().label(), receipt.total().amount(), true);
        receipt.payments().forEach(payment -> leftRight(out, payment.label(), payment.amount(), false));
        leftRight(out, receipt.change().label(), receipt.change().amount(), false);
        rule(out);
        receipt.notes().forEach(note -> wrapped(out, note, ""));
        wrapped(out, receipt.reference(), "");
        wrapped(out, receipt.paidAt(), "");
        if (!receipt.barcode().isBlank()) {
            out.add(new Barcode(receipt.barcode()));
        }
        receipt.footer().forEach(line -> centred(out, line, false));
        return out;
    }

    /**
     * A report: the copy's mark, the title in bold, then each line as written when it fits; a wider one that ends in
     * an amount after a gap of two spaces or more keeps its amount on the right (its label wraps above it), any other
     * wraps under its own indent.
     */
    public List<Block> blocks(ReportDocument report) {
        List<Block> out = new ArrayList<>();
        if (report.duplicate()) {
            centred(out, report.mark(), true);
        }
        wrapped(out, report.lines().get(0), "", true);
        rule(out);
        for (String line : report.lines().subList(1, report.lines().size())) {
            String text = printed.apply(line.stripTrailing());
            if (text.length() <= columns) {
                out.add(new Text(text, false, false));
                continue;
            }
            String indent = text.substring(0, text.length() - text.stripLeading().length());
            Matcher gap = AMOUNT_AFTER_GAP.matcher(text.strip());
            if (gap.matches()) {
                leftRight(out, gap.group(1), gap.group(2), false, indent.length() < columns / 2 ? indent : "");
            } else {
                wrapped(out, text, indent.length() < columns / 2 ? indent : "", false);
            }
        }
        rule(out);
        return out;
    }

    private void rule(List<Block> out) {
        out.add(new Text("-".repeat(columns), false, false));
    }

    private void centred(List<Block> out, String text, boolean emphasised) {
        for (String line : wrap(printed.apply(text), columns)) {
            out.add(new Text(" ".repeat((columns - line.length()) / 2) + line, emphasised, emphasised));
        }
    }

    private void wrapped(List<Block> out, String text, String indent) {
        wrapped(out, text, indent, false);
    }

    private void wrapped(List<Block> out, String text, String indent, boolean bold) {
        wrap(printed.apply(text), columns - indent.length())
                .forEach(line -> out.add(new Text(indent + line, bold, false)));
    }

    /** The label on the left, the amount on the right of its last line; a long label wraps above it. */
    private void leftRight(List<Block> out, String label, String amount, boolean emphasised) {
        leftRight(out, label, amount, emphasised, "");
    }

    /** As {@link #leftRight(List, String, String, boolean)}, the label's lines under {@code indent}. */
    private void leftRight(List<Block> out, String label, String amount, boolean emphasised, String indent) {
        String left = printed.apply(label);
        String right = printed.apply(amount);
        int room = columns - right.length() - 1 - indent.length();
        List<String> lines = (room >= 8 ? wrap(left, room) : wrap(left, columns - indent.length())).stream()
                .map(line -> indent + line).toList();
        String last = lines.get(lines.size() - 1);
        for (String line : lines.subList(0, lines.size() - 1)) {
            out.add(new Text(line, emphasised, emphasised));
        }
        if (last.length() + 1 + right.length() > columns) {
            out.add(new Text(last, emphasised, emphasised));
            last = "";
        }
        out.add(new Text(last + " ".repeat(columns - last.length() - right.length()) + right, emphasised,
                emphasised));
    }

    /** Word-wrapped to {@code width}; a word longer than a line is cut. At least one (maybe empty) line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                flush(lines, line);
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                flush(lines, line);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        flush(lines, line);
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
