package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import till.session.ServerOrder;

/**
 * The order list of the 15-19 web POS ("ticket screen", filter "paid"): {@code pos.order.search_paid_order_ids} with
 * the keyword arguments {@code config_id, domain, limit, offset} (the server adds its own "not draft, not cancelled"
 * and, from 16, the configuration), answering {@code {ids, totalCount}} on 15 and {@code {ordersInfo: [[id,
 * write_date]], totalCount}} from 16; then the orders found are loaded with {@code export_for_ui} (15, 17) or, where
 * the POS data service reads records (18, 19), with {@code read} of the fields the till shows. Stateless.
 */
final class PaidOrderIdsSearch implements OrderSearch {

    /** 15 and 17: the ids, then {@code export_for_ui}. */
    static final PaidOrderIdsSearch EXPORT_FOR_UI = new PaidOrderIdsSearch(true);
    /** 18 and 19: the ids, then {@code read}. */
    static final PaidOrderIdsSearch READ = new PaidOrderIdsSearch(false);

    private final boolean exportForUi;

    private PaidOrderIdsSearch(boolean exportForUi) {
        this.exportForUi = exportForUi;
    }

    @Override
    public List<ServerOrder> search(OdooClient client, ObjectNode context, long configId, String text, int limit)
            throws OdooException {
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.put("config_id", configId);
        kwargs.set("domain", OrderSearch.textDomain(text));
        kwargs.put("limit", limit);
        kwargs.put("offset", 0);
        kwargs.set("context", context);
        JsonNode found = client.callKw("pos.order", "search_paid_order_ids", JsonRpcClient.MAPPER.createArrayNode(),
                kwargs, OdooClient.CALL_TIMEOUT);
        List<Long> ids = ids(found);
        if (ids.isEmpty()) {
            return List.of();
        }
        if (!exportForUi) {
            return ServerOrderRecords.of(client, client.read("pos.order", ids, ServerOrderRecords.ORDER_FIELDS));
        }
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        ids.forEach(args.addArray()::add);
        ObjectNode exportKwargs = JsonRpcClient.MAPPER.createObjectNode();
        exportKwargs.set("context", context);
        JsonNode exported = client.callKw("pos.order", "export_for_ui", args, exportKwargs,
                OdooClient.CALL_TIMEOUT);
        return ExportedOrders.of(client, exported);
    }

    /** The ids of either answer: {@code ids} (15) or the first of each {@code ordersInfo} pair (16+). */
    static List<Long> ids(JsonNode answer) throws OdooException {
        List<Long> ids = new ArrayList<>();
        if (answer.path("ids").isArray()) {
            answer.get("ids").forEach(id -> ids.add(id.asLong()));
        } else if (answer.path("ordersInfo").isArray()) {
            answer.get("ordersInfo").forEach(info -> ids.add(info.path(0).asLong()));
        } else {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server answered search_paid_order_ids"
                    + " without ids or ordersInfo.");
        }
        return ids;
    }
}
