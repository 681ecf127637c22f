package till.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.Currency;
import till.catalog.Customer;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.catalog.ShopSettings;
import till.catalog.Tax;
import till.order.OpenOrder;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaymentLine;
import till.order.PaidOrder;

/** Small domain values for store tests. */
final class StoreFixtures {

    static final Instant T0 = Instant.parse("2026-11-29T10:15:30.123456Z");

    private StoreFixtures() {
    }

    static OrderUid uid(int sequence) {
        return new OrderUid(7, 1, sequence);
    }

    static OpenOrder openOrder(int sequence) {
        OrderLine line = new OrderLine(1, 11, "Coffee", new BigDecimal("2"), new BigDecimal("2.50"),
                new BigDecimal("0"), List.of(3L));
        return OpenOrder.start(uid(sequence), T0.plusSeconds(sequence)).withLines(List.of(line));
    }

    static PaidOrder paidOrder(int sequence, String total) {
        OpenOrder open = openOrder(sequence);
        BigDecimal amount = new BigDecimal(total);
        PaymentLine cash = new PaymentLine(1, "Cash", true, amount, T0.plusSeconds(sequence + 1));
        OrderTotals totals = new OrderTotals(
                List.of(new OrderTotals.LineTotals(1, new BigDecimal("4.545"), amount)),
                List.of(new OrderTotals.TaxAmount(3, "VAT 10%", new BigDecimal("0.455"))),
                new BigDecimal("4.545"), new BigDecimal("0.455"), amount);
        return new PaidOrder(open.identity(), open.createdAt(), T0.plusSeconds(sequence + 2), null, open.lines(),
                List.of(cash), totals, amount, new BigDecimal("0.00"));
    }

    static Catalog catalog(String companyName) {
        Currency eur = new Currency(1, "EUR", "€", new BigDecimal("0.01"), 2, false);
        ShopSettings settings = new ShopSettings(1, "Shop 1", companyName, eur,
                ShopSettings.TaxRounding.ROUND_PER_LINE, 7, 1, "Welcome", "Thank you", false);
        return new Catalog(settings,
                List.of(new Category(1, "Drinks", null), new Category(2, "Hot", 1L)),
                List.of(new Product(11, "Coffee", "C1", "4001", new BigDecimal("2.50"), 2L, List.of(3L)),
                        new Product(12, "Tea", null, null, new BigDecimal("1.999"), null, List.of())),
                List.of(new Tax(3, "VAT 10%", Tax.AmountType.PERCENT, new BigDecimal("10.0"), true, false, true, 1,
                        List.of())),
                List.of(new PaymentMethod(1, "Cash", true), new PaymentMethod(2, "Card", false)),
                List.of(new Customer(5, "Ann", "123", null, "Main St 1")));
    }
}
