package till.sell;

/**
 * One row of a receipt as it would print: text on the left, an amount on the right. Immutable.
 *
 * @param style a CSS style class for the row ({@code receipt-header}, {@code receipt-total}, ...)
 */
public record ReceiptRow(String left, String right, String style) {

    static ReceiptRow text(String text, String style) {
        return new ReceiptRow(text, "", style);
    }
}
