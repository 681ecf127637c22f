package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import till.session.ServerOrder;

/**
 * How one Odoo version family's web POS searches the paid orders of its configuration (the order list, "ticket
 * screen"): 14 has none on the server, so a plain {@code search_read} ({@link SearchReadOrders}); 15-19 call
 * {@code pos.order.search_paid_order_ids} and then load the orders found ({@link PaidOrderIdsSearch}). Stateless.
 */
interface OrderSearch {

    /**
     * Blocks on the network.
     *
     * @param context the login's context, which the web POS sends with its calls
     * @param text    a part of the reference or of the customer's name; blank for every order
     */
    List<ServerOrder> search(OdooClient client, ObjectNode context, long configId, String text, int limit)
            throws OdooException;

    /**
     * The web POS's search domain: the reference or the customer's name {@code ilike %text%} (it searches one field
     * at a time, chosen by the cashier; the till searches both at once), none for a blank text.
     */
    static ArrayNode textDomain(String text) {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        String term = text == null ? "" : text.strip();
        if (term.isEmpty()) {
            return domain;
        }
        String like = "%" + term + "%";
        domain.add("|");
        domain.addArray().add("pos_reference").add("ilike").add(like);
        domain.addArray().add("partner_id.name").add("ilike").add(like);
        return domain;
    }
}
