package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;

/**
 * Asks an Odoo 14-17 server which paid orders it holds: {@code search_read} of {@code pos.order} by
 * {@code pos_reference} within the POS configuration (rescue sessions of that configuration included). Read-only, so
 * it may be retried freely. Only records whose reference is one of the names asked for count, so an odd answer cannot
 * confirm an order it does not name; a name stored more than once (a duplicate made before) is reported with the
 * oldest record's id. Stateless.
 */
final class OrderLookup {

    private static final Logger LOG = LoggerFactory.getLogger(OrderLookup.class);

    private OrderLookup() {
    }

    /**
     * @return the uid of each order the server holds, with its {@code pos.order} id
     */
    static Map<String, Long> byReference(OdooClient client, long configId, List<PaidOrder> orders)
            throws OdooException {
        Map<String, String> uidByName = new HashMap<>();
        orders.forEach(o -> uidByName.put(o.name(), o.uid()));
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        ArrayNode names = domain.addArray().add("pos_reference").add("in").addArray();
        orders.forEach(o -> names.add(o.name()));
        domain.addArray().add("config_id").add("=").add(configId);
        ArrayNode records = client.searchRead("pos.order", domain, List.of("pos_reference"), "id asc", 0);
        Map<String, Long> found = new LinkedHashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (JsonNode record : records) {
            String uid = uidByName.get(record.path("pos_reference").asText(""));
            JsonNode id = record.path("id");
            if (uid == null || !id.canConvertToLong() || id.asLong() <= 0) {
                continue;
            }
            found.putIfAbsent(uid, id.asLong());
            copies.merge(uid, 1, Integer::sum);
        }
        copies.forEach((uid, n) -> {
            if (n > 1) {
                LOG.warn("order {} is on the server {} times (a duplicate made earlier); the oldest, id {}, counts",
                        uid, n, found.get(uid));
            }
        });
        return found;
    }
}
