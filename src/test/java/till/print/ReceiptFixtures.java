package till.print;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import till.catalog.Catalog;
import till.catalog.Currency;
import till.catalog.Customer;
import till.catalog.PaymentMethod;
import till.catalog.ShopSettings;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.order.PaymentLine;

/** A shop and its paid orders for the printing tests. */
public final class ReceiptFixtures {

    public static final Instant PAID_AT = Instant.parse("2026-12-03T09:41:07Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    public static final Currency EUR = new Currency(1, "EUR", "\u20ac", new BigDecimal("0.01"), 2, false);
    public static final Currency USD = new Currency(2, "USD", "$", new BigDecimal("0.01"), 2, true);

    private ReceiptFixtures() {
    }

    /** A Brussels café with every receipt field filled in. */
    public static Catalog catalog(String language, Currency currency) {
        ShopSettings settings = new ShopSettings(1, "Caf\u00e9 counter", "Caf\u00e9 du Parc", currency,
                ShopSettings.TaxRounding.ROUND_PER_LINE, 7, 1, "Welcome!\nOpen every day",
                "Merci et \u00e0 bient\u00f4t", false)
                .withCompany("Rue du Parc 1\n1000 Bruxelles", "+32 2 555 01 23", "info@parc.example", "parc.example",
                        "BE0123456789", "", "")
                .withSeller(language, "Marie");
        return new Catalog(settings, List.of(), List.of(), List.of(),
                List.of(new PaymentMethod(1, "Cash", true), new PaymentMethod(2, "Card", false)),
                List.of(new Customer(5, "Ann Peeters", "", "", "")));
    }

    /**
     * Order {@code sequence}: two coffees at 2.50 and a croissant at 1.80 with 10 % off, VAT 6 % included, paid
     * by {@code cash} (10.00, change 3.38) or card (6.62).
     */
    public static PaidOrder order(int sequence, boolean cash) {
        return order(sequence, cash, "Coffee", "Croissant");
    }

    public static PaidOrder order(int sequence, boolean cash, String first, String second) {
        return order(sequence, cash, first, second, PAID_AT);
    }

    /** Order {@code sequence} paid at {@code paidAt}. */
    public static PaidOrder order(int sequence, boolean cash, Instant paidAt) {
        return order(sequence, cash, "Coffee", "Croissant", paidAt);
    }

    private static PaidOrder order(int sequence, boolean cash, String first, String second, Instant paidAt) {
        OrderLine coffee = new OrderLine(1, 11, first, new BigDecimal("2"), new BigDecimal("2.50"), BigDecimal.ZERO,
                List.of(3L));
        OrderLine croissant = new OrderLine(2, 12, second, BigDecimal.ONE, new BigDecimal("1.80"),
                new BigDecimal("10"), List.of(3L));
        OrderTotals totals = new OrderTotals(List.of(
                new OrderTotals.LineTotals(1, new BigDecimal("4.72"), new BigDecimal("5.00")),
                new OrderTotals.LineTotals(2, new BigDecimal("1.53"), new BigDecimal("1.62"))),
                List.of(new OrderTotals.TaxAmount(3, "VAT 6%", new BigDecimal("0.37"))),
                new BigDecimal("6.25"), new BigDecimal("0.37"), new BigDecimal("6.62"));
        PaymentLine payment = cash
                ? new PaymentLine(1, "Cash", true, new BigDecimal("10.00"), paidAt)
                : new PaymentLine(2, "Card", false, new BigDecimal("6.62"), paidAt);
        BigDecimal change = cash ? new BigDecimal("3.38") : new BigDecimal("0.00");
        return new PaidOrder(new OrderUid(7, 1, sequence), paidAt.minusSeconds(60), paidAt, 5L,
                List.of(coffee, croissant), List.of(payment), totals, new BigDecimal("6.62"), change);
    }

    static ReceiptDocument receipt(PaidOrder order, String language, boolean duplicate) {
        return new ReceiptBuilder(ZONE).build(order, catalog(language, EUR), duplicate);
    }
}
