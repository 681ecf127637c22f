package till.print;

import java.time.ZoneId;
import till.catalog.Catalog;
import till.order.PaidOrder;

/**
 * A receipt as plain text, line for line as the printer prints it (for {@code till receipt show}, the simulated
 * printer and the support bundle): the logo is left out, the barcode shown as its data between asterisks.
 * Stateless.
 */
public final class ReceiptText {

    private ReceiptText() {
    }

    /** The receipt of a paid order, as it would print now on paper of {@code width}. */
    public static String show(PaidOrder paid, Catalog catalog, ZoneId zone, PaperWidth width, boolean duplicate) {
        return render(new ReceiptBuilder(zone).build(paid, catalog, duplicate), width);
    }

    public static String render(PaperDocument receipt, PaperWidth width) {
        StringBuilder out = new StringBuilder();
        for (ReceiptLayout.Block block : receipt.blocks(new ReceiptLayout(width.columns()))) {
            if (block instanceof ReceiptLayout.Text text) {
                out.append(text.text().stripTrailing()).append('\n');
            } else if (block instanceof ReceiptLayout.Barcode barcode) {
                String shown = "*" + barcode.data() + "*";
                out.append(" ".repeat(Math.max(0, (width.columns() - shown.length()) / 2))).append(shown)
                        .append('\n');
            }
        }
        return out.toString();
    }
}
