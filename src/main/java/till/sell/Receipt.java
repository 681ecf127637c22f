package till.sell;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import till.catalog.Catalog;
import till.catalog.ShopSettings;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaymentLine;
import till.order.PaidOrder;

/**
 * Lays out a paid order as its printed receipt: shop header, lines with quantity × price and discount, taxes per
 * tax, total, payments, change, the order reference, date and time. Immutable.
 */
public final class Receipt {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Catalog catalog;
    private final Messages messages;
    private final MoneyFormat money;
    private final ZoneId zone;

    public Receipt(Catalog catalog, Messages messages, ZoneId zone) {
        this.catalog = catalog;
        this.messages = messages;
        this.money = new MoneyFormat(catalog.settings().currency());
        this.zone = zone;
    }

    /** The server's refreshed catalog: receipts printed from now on show its header, footer and customers. */
    void replaceCatalog(Catalog fresh) {
        this.catalog = fresh;
    }

    public List<ReceiptRow> rows(PaidOrder paid) {
        List<ReceiptRow> rows = new ArrayList<>();
        header(rows);
        for (OrderLine line : paid.lines()) {
            lineRows(rows, line, paid.totals());
        }
        rows.add(ReceiptRow.text("", "receipt-rule"));
        for (OrderTotals.TaxAmount tax : paid.totals().taxes()) {
            rows.add(new ReceiptRow(tax.name(), money.format(tax.amount()), "receipt-tax"));
        }
        rows.add(new ReceiptRow(messages.get("receipt.total"), money.format(paid.totals().total()), "receipt-total"));
        for (PaymentLine payment : paid.payments()) {
            rows.add(new ReceiptRow(payment.methodName(), money.format(payment.amount()), "receipt-payment"));
        }
        rows.add(new ReceiptRow(messages.get("receipt.change"), money.format(paid.amountReturn()), "receipt-change"));
        footer(rows, paid);
        return rows;
    }

    private void header(List<ReceiptRow> rows) {
        ShopSettings settings = catalog.settings();
        rows.add(ReceiptRow.text(settings.companyName(), "receipt-header"));
        addText(rows, settings.receiptHeader(), "receipt-note");
        rows.add(ReceiptRow.text("", "receipt-rule"));
    }

    private void lineRows(List<ReceiptRow> rows, OrderLine line, OrderTotals totals) {
        BigDecimal total = totals.lines().stream().filter(t -> t.lineId() == line.lineId()).findFirst()
                .map(OrderTotals.LineTotals::priceSubtotalIncl).orElse(BigDecimal.ZERO);
        rows.add(new ReceiptRow(line.productName(), money.format(total), "receipt-line"));
        rows.add(ReceiptRow.text(messages.get("receipt.qtyTimesPrice", MoneyFormat.quantity(line.qty()),
                money.format(line.priceUnit())), "receipt-detail"));
        if (line.discount().signum() != 0) {
            rows.add(ReceiptRow.text(messages.get("receipt.discount", MoneyFormat.quantity(line.discount())),
                    "receipt-detail"));
        }
    }

    private void footer(List<ReceiptRow> rows, PaidOrder paid) {
        rows.add(ReceiptRow.text("", "receipt-rule"));
        if (paid.customerId() != null) {
            catalog.customer(paid.customerId()).ifPresent(c ->
                    rows.add(ReceiptRow.text(messages.get("receipt.customer", c.name()), "receipt-note")));
        }
        rows.add(ReceiptRow.text(paid.name(), "receipt-note"));
        rows.add(ReceiptRow.text(WHEN.format(paid.paidAt().atZone(zone)), "receipt-note"));
        addText(rows, catalog.settings().receiptFooter(), "receipt-note");
    }

    private static void addText(List<ReceiptRow> rows, String text, String style) {
        if (text != null && !text.isBlank()) {
            text.lines().forEach(line -> rows.add(ReceiptRow.text(line, style)));
        }
    }
}
