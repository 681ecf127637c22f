package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import till.session.ServerOrder;

/**
 * Odoo 14's way to the paid orders of a configuration: its web POS has no server order list (the ticket screen came
 * with 15), so the till reads them as the backend's POS order list does, a {@code search_read} of {@code pos.order}
 * of the configuration that are not draft or cancelled, newest first. Stateless.
 */
final class SearchReadOrders implements OrderSearch {

    static final SearchReadOrders INSTANCE = new SearchReadOrders();

    private SearchReadOrders() {
    }

    @Override
    public List<ServerOrder> search(OdooClient client, ObjectNode context, long configId, String text, int limit)
            throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("config_id").add("=").add(configId);
        domain.addArray().add("state").add("not in").addArray().add("draft").add("cancel");
        OrderSearch.textDomain(text).forEach(domain::add);
        ArrayNode orders = client.searchRead("pos.order", domain, ServerOrderRecords.ORDER_FIELDS, "id desc", limit);
        return ServerOrderRecords.of(client, orders);
    }
}
