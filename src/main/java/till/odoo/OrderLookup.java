package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;

/**
 * Asks the server which paid orders it holds, with one {@code search_read} of {@code pos.order} within the POS
 * configuration (rescue sessions of that configuration included), by the identity its version de-duplicates on:
 * {@code pos_reference} = the order's name on 14-17, {@code uuid} on 18 (where a draft update rewrites
 * {@code pos_reference}, v18 Surprise 4). Read-only, so it may be retried freely. Only records whose identity is one
 * of those asked for count, so an odd answer cannot confirm an order it does not name; drafts and cancelled orders do
 * not count as arrived; an order stored more than once (a duplicate made before) is reported with the oldest record.
 * Immutable.
 */
public final class OrderLookup {

    /** 14-17: by {@code pos_reference}, which the server sets to the order's name. */
    static final OrderLookup BY_REFERENCE = new OrderLookup("pos_reference", uid -> "Order " + uid);
    /** 18: by {@code uuid}, the order's identity. */
    static final OrderLookup BY_UUID = new OrderLookup("uuid", OrderUuids::ofUid);

    private static final Logger LOG = LoggerFactory.getLogger(OrderLookup.class);

    private final String field;
    /** The identity from the order's uid (the name is {@code Order <uid>}, as {@link PaidOrder#name()}). */
    private final Function<String, String> identity;

    private OrderLookup(String field, Function<String, String> identity) {
        this.field = field;
        this.identity = identity;
    }

    /**
     * The stored records of those of {@code orders} the server holds as paid (or further), by the order's uid.
     * Blocks on the network.
     *
     * @throws OdooException as the client classifies the failure
     */
    Map<String, OrderAnswer.Stored> find(OdooClient client, long configId, List<PaidOrder> orders)
            throws OdooException {
        return findUids(client, configId, orders.stream().map(PaidOrder::uid).toList());
    }

    /** As {@link #find}, for orders known by their uid only. */
    Map<String, OrderAnswer.Stored> findUids(OdooClient client, long configId, List<String> orderUids)
            throws OdooException {
        Map<String, String> uids = new HashMap<>();
        orderUids.forEach(uid -> uids.put(identity.apply(uid), uid));
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        ArrayNode values = domain.addArray().add(field).add("in").addArray();
        uids.keySet().forEach(values::add);
        domain.addArray().add("config_id").add("=").add(configId);
        domain.addArray().add("state").add("not in").addArray().add("draft").add("cancel");
        List<String> fields = List.copyOf(new LinkedHashSet<>(List.of("id", field, "pos_reference", "session_id",
                "state")));
        Map<String, OrderAnswer.Stored> found = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (JsonNode o : client.searchRead("pos.order", domain, fields, "id asc", 0)) {
            String uid = uids.get(o.path(field).asText());
            String state = o.path("state").asText();
            JsonNode id = o.path("id");
            // A server's domain may be wider than asked (a module, a fake): only the asked-for identities count.
            if (uid == null || state.equals("draft") || state.equals("cancel") || !id.canConvertToLong()
                    || id.asLong() <= 0) {
                continue;
            }
            found.putIfAbsent(uid, new OrderAnswer.Stored(id.asLong(), o.path("pos_reference").asText(),
                    PosData.id(o.path("session_id"))));
            copies.merge(uid, 1, Integer::sum);
        }
        copies.forEach((uid, n) -> {
            if (n > 1) {
                LOG.warn("order {} is on the server {} times (a duplicate made earlier); the oldest, id {}, counts",
                        uid, n, found.get(uid).id());
            }
        });
        return Map.copyOf(found);
    }
}
