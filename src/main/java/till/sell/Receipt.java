package till.sell;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import till.catalog.Catalog;
import till.order.PaidOrder;
import till.print.ReceiptBuilder;
import till.print.ReceiptDocument;

/**
 * Lays out a paid order's receipt for the screen, row by row, from the same {@link ReceiptDocument} the printer
 * prints: shop header, lines with quantity × price and discount, taxes per tax, total, payments, change, the order
 * reference, date and time. FX thread only (the catalog is replaced there).
 */
public final class Receipt {

    private final ReceiptBuilder builder;
    private Catalog catalog;

    public Receipt(Catalog catalog, ZoneId zone) {
        this.catalog = catalog;
        this.builder = new ReceiptBuilder(zone);
    }

    /** The server's refreshed catalog: receipts printed from now on show its header, footer and customers. */
    void replaceCatalog(Catalog fresh) {
        this.catalog = fresh;
    }

    public List<ReceiptRow> rows(PaidOrder paid) {
        return rows(builder.build(paid, catalog, false));
    }

    /** The rows of a receipt document, as the screen shows them. */
    public static List<ReceiptRow> rows(ReceiptDocument receipt) {
        List<ReceiptRow> rows = new ArrayList<>();
        header(rows, receipt);
        for (ReceiptDocument.Item item : receipt.items()) {
            rows.add(new ReceiptRow(item.name(), item.total(), "receipt-line"));
            rows.add(ReceiptRow.text(item.quantityPrice(), "receipt-detail"));
            if (!item.discount().isEmpty()) {
                rows.add(ReceiptRow.text(item.discount(), "receipt-detail"));
            }
        }
        rows.add(ReceiptRow.text("", "receipt-rule"));
        receipt.taxes().forEach(tax -> rows.add(amount(tax, "receipt-tax")));
        rows.add(amount(receipt.total(), "receipt-total"));
        receipt.payments().forEach(payment -> rows.add(amount(payment, "receipt-payment")));
        rows.add(amount(receipt.change(), "receipt-change"));
        rows.add(ReceiptRow.text("", "receipt-rule"));
        receipt.notes().forEach(note -> rows.add(ReceiptRow.text(note, "receipt-note")));
        rows.add(ReceiptRow.text(receipt.reference(), "receipt-note"));
        rows.add(ReceiptRow.text(receipt.paidAt(), "receipt-note"));
        receipt.footer().forEach(line -> rows.add(ReceiptRow.text(line, "receipt-note")));
        return rows;
    }

    private static void header(List<ReceiptRow> rows, ReceiptDocument receipt) {
        if (receipt.duplicate()) {
            rows.add(ReceiptRow.text(receipt.mark(), "receipt-header"));
        }
        rows.add(ReceiptRow.text(receipt.shop().name(), "receipt-header"));
        receipt.shop().details().forEach(line -> rows.add(ReceiptRow.text(line, "receipt-note")));
        receipt.shop().header().forEach(line -> rows.add(ReceiptRow.text(line, "receipt-note")));
        rows.add(ReceiptRow.text("", "receipt-rule"));
    }

    private static ReceiptRow amount(ReceiptDocument.Amount amount, String style) {
        return new ReceiptRow(amount.label(), amount.amount(), style);
    }
}
