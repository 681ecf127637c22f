package till.outbox;

import till.order.PaidOrder;
import java.util.Set;

/**
 * What a successful {@code create_from_ui} said: the names ({@code pos_reference}) the server stored in this call.
 * An order of the batch that is absent was skipped by the server as already stored; it counts as delivered, as the
 * web POS treats it. Immutable.
 */
public record SendResult(Set<String> storedNames) {

    public SendResult {
        storedNames = Set.copyOf(storedNames);
    }

    /** Whether the server stored this order in this call (false: it already had it). */
    public boolean storedNow(PaidOrder order) {
        return storedNames.contains(order.name());
    }
}
