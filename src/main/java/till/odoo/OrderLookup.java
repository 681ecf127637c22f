package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import till.order.PaidOrder;

/**
 * Finds paid orders on the server by the identity its version de-duplicates on, with one {@code search_read} of
 * {@code pos.order}: {@code pos_reference} = the order's name on 14-17, {@code uuid} on 18 (where a draft update
 * rewrites {@code pos_reference}, v18 Surprise 4). Drafts and cancelled orders do not count as arrived. Immutable.
 */
public final class OrderLookup {

    /** 14-17: by {@code pos_reference}, which the server sets to the order's name. */
    static final OrderLookup BY_REFERENCE = new OrderLookup("pos_reference", PaidOrder::name);
    /** 18: by {@code uuid}, the order's identity. */
    static final OrderLookup BY_UUID = new OrderLookup("uuid", OrderUuids::order);

    private final String field;
    private final Function<PaidOrder, String> identity;

    private OrderLookup(String field, Function<PaidOrder, String> identity) {
        this.field = field;
        this.identity = identity;
    }

    /**
     * The uids of those of {@code orders} that the server holds as paid (or further). Blocks on the network.
     *
     * @throws OdooException as the client classifies the failure
     */
    public Set<String> held(OdooClient client, List<PaidOrder> orders) throws OdooException {
        return find(client, orders).keySet();
    }

    /** The stored records of those of {@code orders} the server holds, by the order's uid. */
    Map<String, OrderAnswer.Stored> find(OdooClient client, List<PaidOrder> orders) throws OdooException {
        Map<String, String> uids = new HashMap<>();
        orders.forEach(o -> uids.put(identity.apply(o), o.uid()));
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        ArrayNode values = domain.addArray().add(field).add("in").addArray();
        uids.keySet().forEach(values::add);
        domain.addArray().add("state").add("not in").addArray().add("draft").add("cancel");
        List<String> fields = new ArrayList<>(new LinkedHashSet<>(List.of("id", field, "pos_reference", "session_id",
                "state")));
        Map<String, OrderAnswer.Stored> found = new HashMap<>();
        for (JsonNode o : client.searchRead("pos.order", domain, fields, "", 0)) {
            String uid = uids.get(o.path(field).asText());
            String state = o.path("state").asText();
            // A server's domain may be wider than asked (a module, a fake): only the asked-for identities count.
            if (uid != null && !state.equals("draft") && !state.equals("cancel")) {
                found.putIfAbsent(uid, new OrderAnswer.Stored(o.path("id").asLong(), o.path("pos_reference").asText(),
                        PosData.id(o.path("session_id"))));
            }
        }
        return Map.copyOf(found);
    }
}
