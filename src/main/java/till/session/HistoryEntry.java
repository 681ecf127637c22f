package till.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import till.order.PaidOrder;

/**
 * One paid order of the session as the order history lists it: reference, time, customer, total, payment methods
 * and where it stands on its way to the server. Immutable.
 *
 * @param customer  the customer's name, or empty
 * @param methods   the payment methods' names, in the order paid, each once
 * @param lastError the server's or the network's last word on it, or empty
 */
public record HistoryEntry(PaidOrder order, String customer, List<String> methods, SendingState state,
                           String lastError) {

    public HistoryEntry {
        methods = List.copyOf(methods);
        customer = customer == null ? "" : customer;
        lastError = lastError == null ? "" : lastError;
    }

    public String uid() {
        return order.uid();
    }

    /** The order's reference (its name, as on the receipt and in Odoo's {@code pos_reference}). */
    public String reference() {
        return order.name();
    }

    public Instant paidAt() {
        return order.paidAt();
    }

    public BigDecimal total() {
        return order.totals().total();
    }
}
