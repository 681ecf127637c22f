package till.outbox;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import till.order.PaidOrder;

/**
 * What a successful {@code create_from_ui} said: the names ({@code pos_reference}) its answer accounts for, with the
 * server's ids where it gave them. An order of the batch that the answer leaves out is not counted as delivered on
 * the answer's word: the server skips (and leaves out) an order it already had, but a proxy or a broken module can
 * leave out one it never stored, so the sender looks it up (docs/decisions/0161). Immutable.
 *
 * @param storedNames the names the answer accounts for
 * @param serverIds   the server's {@code pos.order} id of each of those names, where the answer gave one
 */
public record SendResult(Set<String> storedNames, Map<String, Long> serverIds) {

    public SendResult {
        storedNames = Set.copyOf(storedNames);
        serverIds = Map.copyOf(serverIds);
    }

    /** An answer that names the orders without ids. */
    public SendResult(Set<String> storedNames) {
        this(storedNames, Map.of());
    }

    /** An answer that names each order with the server's id. */
    public static SendResult withIds(Map<String, Long> serverIds) {
        return new SendResult(serverIds.keySet(), serverIds);
    }

    /** Whether the answer accounts for this order: the server stored it in this call. */
    public boolean storedNow(PaidOrder order) {
        return storedNames.contains(order.name());
    }

    /** The server's id of this order, when the answer gave it. */
    public OptionalLong serverId(PaidOrder order) {
        Long id = serverIds.get(order.name());
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }
}
