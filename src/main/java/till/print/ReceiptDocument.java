package till.print;

import java.util.List;

/**
 * A paid order as its receipt says it: every word and amount already written out, so that the screen, the ESC/POS
 * printer, the text of {@code till receipt show} and the PNG/PDF all show the same receipt. Built by
 * {@link ReceiptBuilder} from the paid order as committed; nothing here is computed again. Immutable.
 *
 * @param shop      the company block at the top
 * @param items     one entry per order line, in the order's line order
 * @param taxes     the amount of each tax
 * @param payments  each tender as paid
 * @param notes     who served, for which customer
 * @param reference the order's name ({@code Order 00001-001-0001})
 * @param barcode   what the barcode under the receipt holds: the order's uid
 * @param paidAt    when it was paid, in the shop's time zone
 * @param footer    the POS configuration's footer text, line by line
 * @param mark      "DUPLICATE" (in the shop's language) on a reprint; empty on the original
 * @param language  the shop's language as Odoo writes it ({@code fr_FR}), which chooses the printer's code page
 */
public record ReceiptDocument(
        Shop shop,
        List<Item> items,
        List<Amount> taxes,
        Amount total,
        List<Amount> payments,
        Amount change,
        List<String> notes,
        String reference,
        String barcode,
        String paidAt,
        List<String> footer,
        String mark,
        String language) implements PaperDocument {

    public ReceiptDocument {
        items = List.copyOf(items);
        taxes = List.copyOf(taxes);
        payments = List.copyOf(payments);
        notes = List.copyOf(notes);
        footer = List.copyOf(footer);
    }

    /** Whether this is a reprint marked as such. */
    @Override
    public boolean duplicate() {
        return !mark.isEmpty();
    }

    @Override
    public List<ReceiptLayout.Block> blocks(ReceiptLayout layout) {
        return layout.blocks(this);
    }

    /** Named by the order's uid, which its barcode holds. */
    @Override
    public String fileName() {
        return "receipt-" + barcode;
    }

    /**
     * The company block: logo, name, address and contact lines, the tax id, and the POS configuration's header.
     * Immutable.
     *
     * @param logo    a base64 PNG or JPEG image, or empty
     * @param details address, phone, tax id, email and website, one printed line each
     * @param header  the POS configuration's header text, line by line
     */
    public record Shop(String logo, String name, List<String> details, List<String> header) {

        public Shop {
            details = List.copyOf(details);
            header = List.copyOf(header);
        }
    }

    /**
     * One order line. Immutable.
     *
     * @param quantityPrice e.g. {@code 2 × $ 1.50}
     * @param discount      e.g. {@code Discount 10 %}, or empty
     * @param total         the line's total with taxes, as the order computed it when it was paid
     */
    public record Item(String name, String quantityPrice, String discount, String total) {
    }

    /** A labelled amount: a tax, the total, a payment, the change. Immutable. */
    public record Amount(String label, String amount) {
    }
}
