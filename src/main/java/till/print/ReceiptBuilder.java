package till.print;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import till.catalog.Catalog;
import till.catalog.ShopSettings;
import till.catalog.TaxDisplay;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaidOrder;
import till.order.RefundLink;
import till.order.ShownPrices;
import till.order.PaymentLine;

/**
 * Builds the {@link ReceiptDocument} of a paid order: what the web POS receipt of Odoo 14/15 carries (company name,
 * address, tax id, the configuration's header and footer, cashier, reference, date and time, each line with quantity
 * × unit price, discount and total, each tax, total, each payment, change), with the amounts the order was paid with:
 * nothing is computed again but the unit price shown in the configuration's convention (tax included or excluded,
 * {@link ShownPrices}). The shop's data come from the catalog given at each call (the one in use when the
 * receipt prints). Immutable.
 */
public final class ReceiptBuilder {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    /** @param zone the shop's time zone, in which the receipt shows when the order was paid */
    public ReceiptBuilder(ZoneId zone) {
        this.zone = zone;
    }

    /** @param duplicate true for a reprint: the receipt is marked DUPLICATE */
    public ReceiptDocument build(PaidOrder paid, Catalog catalog, boolean duplicate) {
        ShopSettings settings = catalog.settings();
        ReceiptWords words = ReceiptWords.forLanguage(settings.language());
        Amounts money = Amounts.forLanguage(settings.currency(), settings.language());
        ShownPrices prices = ShownPrices.of(catalog);
        List<ReceiptDocument.Item> items = paid.lines().stream()
                .map(l -> item(l, paid.totals(), prices, money, words)).toList();
        List<ReceiptDocument.Amount> taxes = taxes(paid.totals(), prices.display(), money, words);
        List<ReceiptDocument.Amount> payments = paid.payments().stream()
                .map(p -> new ReceiptDocument.Amount(p.methodName(), money.format(p.amount()))).toList();
        return new ReceiptDocument(titled(shop(settings, words), paid, words), items, taxes,
                new ReceiptDocument.Amount(words.get("total"), money.format(paid.totals().total())), payments,
                new ReceiptDocument.Amount(words.get("change"), money.format(paid.amountReturn())),
                notes(paid, catalog, words), paid.name(), paid.uid(), when(settings.language()).format(paid.paidAt().atZone(zone)),
                lines(settings.receiptFooter()), duplicate ? words.get("duplicate") : "", settings.language());
    }

    /**
     * When the order was paid as the shop's language writes a date and time (the year in full: a receipt is kept for
     * years); ISO-like without a language.
     */
    private static DateTimeFormatter when(String odooLanguage) {
        return odooLanguage.isBlank() ? WHEN : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(ReceiptWords.locale(odooLanguage));
    }

    /** Whether the order was paid (partly) in cash: its receipt opens the cash drawer. */
    public static boolean paidInCash(PaidOrder paid) {
        return paid.payments().stream().anyMatch(PaymentLine::cash);
    }

    private static ReceiptDocument.Shop shop(ShopSettings s, ReceiptWords words) {
        List<String> details = new ArrayList<>(lines(s.companyAddress()));
        if (!s.companyPhone().isBlank()) {
            details.add(words.get("phone", s.companyPhone().strip()));
        }
        if (!s.companyVat().isBlank()) {
            String label = s.vatLabel().isBlank() ? words.get("taxId") : s.vatLabel().strip();
            details.add(label + ": " + s.companyVat().strip());
        }
        for (String contact : List.of(s.companyEmail(), s.companyWebsite())) {
            if (!contact.isBlank()) {
                details.add(contact.strip());
            }
        }
        return new ReceiptDocument.Shop(s.logo(), s.companyName(), details, lines(s.receiptHeader()));
    }

    /**
     * A refund's receipt says so at the top, under the shop's name, with the reference of the order it refunds (the
     * customer's proof and the back office's link to the sale); a sale's receipt is as it was.
     */
    private static ReceiptDocument.Shop titled(ReceiptDocument.Shop shop, PaidOrder paid, ReceiptWords words) {
        Optional<String> original = paid.lines().stream().map(OrderLine::refundOf).filter(Objects::nonNull)
                .map(RefundLink::originalUid).findFirst();
        if (original.isEmpty()) {
            return shop;
        }
        List<String> header = new ArrayList<>();
        header.add(words.get("refundOf", "Order " + original.get()));
        header.addAll(shop.header());
        return new ReceiptDocument.Shop(shop.logo(), shop.name(), shop.details(), header);
    }

    /**
     * A line with its unit price and total in the configuration's one convention (tax included or excluded, as the
     * selling screen showed them).
     */
    private static ReceiptDocument.Item item(OrderLine line, OrderTotals totals, ShownPrices prices, Amounts money,
                                             ReceiptWords words) {
        String discount = line.discount().signum() == 0 ? ""
                : words.get("discount", Amounts.quantity(line.discount()));
        return new ReceiptDocument.Item(line.productName(),
                words.get("qtyTimesPrice", Amounts.quantity(line.qty()), money.format(prices.unit(line))), discount,
                money.format(prices.lineTotal(line, totals)));
    }

    /**
     * Each tax; with prices shown tax excluded, the untaxed amount first, so that the lines, the untaxed amount and
     * the taxes add up to the total as Odoo's receipt does.
     */
    private static List<ReceiptDocument.Amount> taxes(OrderTotals totals, TaxDisplay display, Amounts money,
                                                      ReceiptWords words) {
        List<ReceiptDocument.Amount> taxes = new ArrayList<>();
        if (display == TaxDisplay.EXCLUDED) {
            taxes.add(new ReceiptDocument.Amount(words.get("untaxed"), money.format(totals.untaxed())));
        }
        totals.taxes().forEach(t -> taxes.add(new ReceiptDocument.Amount(t.name(), money.format(t.amount()))));
        return taxes;
    }

    private static List<String> notes(PaidOrder paid, Catalog catalog, ReceiptWords words) {
        List<String> notes = new ArrayList<>();
        String cashier = catalog.settings().cashier();
        if (!cashier.isBlank()) {
            notes.add(words.get("servedBy", cashier.strip()));
        }
        if (paid.customerId() != null) {
            catalog.customer(paid.customerId()).ifPresent(c -> notes.add(words.get("customer", c.name())));
        }
        return notes;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : text.lines().toList();
    }
}
