package till.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.catalog.ShopSettings;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * Originals for refund tests: two lines without tax whose line ids have a gap (1 and 3, as after a removed line), so
 * that a line's id and its place differ; and the demo catalog moved to a session. Stateless.
 */
public final class RefundOrders {

    private RefundOrders() {
    }

    /** Order {@code sequence} of {@code session}: 3 × {@code first} at 2.50 (line 1), 2 × {@code second} at 4.00 (line 3). */
    public static PaidOrder original(long session, int sequence, long first, long second, long method, Instant at) {
        OrderLine a = new OrderLine(1, first, "Product " + first, new BigDecimal("3"), new BigDecimal("2.50"),
                BigDecimal.ZERO, List.of());
        OrderLine b = new OrderLine(3, second, "Product " + second, new BigDecimal("2"), new BigDecimal("4.00"),
                BigDecimal.ZERO, List.of());
        BigDecimal total = new BigDecimal("15.50");
        OrderTotals totals = new OrderTotals(List.of(new OrderTotals.LineTotals(1, new BigDecimal("7.50"),
                new BigDecimal("7.50")), new OrderTotals.LineTotals(3, new BigDecimal("8.00"), new BigDecimal("8.00"))),
                List.of(), total, BigDecimal.ZERO.setScale(2), total);
        PaymentLine payment = new PaymentLine(method, "Method " + method, false, total, at);
        return new PaidOrder(new OrderUid(session, 1, sequence), at.minusSeconds(30), at, null, List.of(a, b),
                List.of(payment), totals, total, BigDecimal.ZERO.setScale(2));
    }

    /** The demo catalog (Cash 1, Bank 2) as the till has it while {@code session} is open, login 1. */
    public static Catalog catalog(long session) {
        Catalog demo = DemoCatalog.load();
        ShopSettings s = demo.settings();
        ShopSettings moved = new ShopSettings(s.configId(), s.configName(), s.companyName(), s.currency(),
                s.taxRounding(), session, 1, s.receiptHeader(), s.receiptFooter(), false);
        return new Catalog(moved, demo.categories(), demo.products(), demo.taxes(), demo.paymentMethods(),
                demo.customers());
    }
}
