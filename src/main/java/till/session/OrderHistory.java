package till.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import till.catalog.Catalog;
import till.catalog.Customer;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * The till's own orders of a POS session, newest first, from its store (so it works offline), each with its customer,
 * payment methods and sending state; and the cashier's search over them by reference, customer or amount. Blocks on
 * the disk in {@link #of} (never on the JavaFX thread). Thread-safe.
 */
public final class OrderHistory {

    private final SessionOrders orders;

    public OrderHistory(SessionOrders orders) {
        this.orders = orders;
    }

    /** The session's paid orders, newest first; customer names from {@code catalog}. */
    public List<HistoryEntry> of(long sessionId, Catalog catalog) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (SessionOrder o : orders.of(sessionId)) {
            entries.add(new HistoryEntry(o.order(), customer(o.order(), catalog), methods(o.order()),
                    SendingState.of(o.state(), o.lastError()), o.lastError()));
        }
        // The store lists them in the order they were paid (its sequence); a stable reversal keeps ties in place.
        Collections.reverse(entries);
        return entries;
    }

    /**
     * What the search box means: every entry when blank, else an entry whose reference or uid contains the text, whose
     * customer's name contains it (ignoring case), or whose total is the amount typed ("12.50" or "12,50").
     */
    public static Predicate<HistoryEntry> matching(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return e -> true;
        }
        Optional<BigDecimal> amount = amount(text);
        return e -> e.reference().toLowerCase(Locale.ROOT).contains(text) || e.uid().contains(text)
                || e.customer().toLowerCase(Locale.ROOT).contains(text)
                || amount.filter(a -> a.compareTo(e.total()) == 0 || a.compareTo(e.total().negate()) == 0)
                .isPresent();
    }

    /** The entries the query matches, in their order. */
    public static List<HistoryEntry> search(List<HistoryEntry> entries, String query) {
        return entries.stream().filter(matching(query)).toList();
    }

    /** An amount as a cashier types it: digits with a point or a comma before at most two decimals. */
    static Optional<BigDecimal> amount(String text) {
        String normal = text.replace(',', '.');
        if (!normal.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normal));
    }

    private static String customer(PaidOrder order, Catalog catalog) {
        if (order.customerId() == null) {
            return "";
        }
        return catalog.customer(order.customerId()).map(Customer::name).orElse("#" + order.customerId());
    }

    private static List<String> methods(PaidOrder order) {
        return order.payments().stream().map(PaymentLine::methodName).distinct().toList();
    }
}
