package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import till.session.ServerOrder;

/**
 * Makes {@link ServerOrder}s of {@code pos.order} records as {@code read}/{@code search_read} give them (14, 18, 19),
 * reading their lines and payments in one {@code read} each. Stateless.
 */
final class ServerOrderRecords {

    /** The order fields the till shows; every supported version has them. */
    static final List<String> ORDER_FIELDS = List.of("name", "pos_reference", "date_order", "partner_id",
            "amount_total", "state", "session_id", "lines", "payment_ids");
    private static final List<String> LINE_FIELDS = List.of("full_product_name", "product_id", "qty",
            "price_subtotal_incl");
    private static final List<String> PAYMENT_FIELDS = List.of("payment_method_id", "amount");

    private ServerOrderRecords() {
    }

    /** The orders, in the order given, with their lines and payments. Blocks on the network. */
    static List<ServerOrder> of(OdooClient client, ArrayNode orders) throws OdooException {
        Map<Long, JsonNode> lines = byId(client.read("pos.order.line", ids(orders, "lines"), LINE_FIELDS));
        Map<Long, JsonNode> payments = byId(client.read("pos.payment", ids(orders, "payment_ids"), PAYMENT_FIELDS));
        List<ServerOrder> result = new ArrayList<>();
        for (JsonNode o : orders) {
            List<ServerOrder.Line> orderLines = new ArrayList<>();
            o.path("lines").forEach(id -> {
                JsonNode line = lines.get(id.asLong());
                if (line != null) {
                    orderLines.add(new ServerOrder.Line(productName(line), money(line.path("qty")),
                            money(line.path("price_subtotal_incl"))));
                }
            });
            List<ServerOrder.Payment> orderPayments = new ArrayList<>();
            o.path("payment_ids").forEach(id -> {
                JsonNode payment = payments.get(id.asLong());
                if (payment != null) {
                    orderPayments.add(new ServerOrder.Payment(name(payment.path("payment_method_id")),
                            money(payment.path("amount"))));
                }
            });
            result.add(new ServerOrder(o.path("id").asLong(), reference(o), o.path("date_order").asText(""),
                    name(o.path("partner_id")), money(o.path("amount_total")), o.path("state").asText(""),
                    name(o.path("session_id")), orderLines, orderPayments));
        }
        return result;
    }

    /** The till's reference ({@code pos_reference}), else the server's own name. */
    static String reference(JsonNode order) {
        String reference = order.path("pos_reference").asText("");
        return reference.isEmpty() || reference.equals("false") ? order.path("name").asText("") : reference;
    }

    /** The name of a many2one {@code [id, name]}; empty for {@code false}. */
    static String name(JsonNode many2one) {
        return many2one.isArray() && many2one.size() == 2 ? many2one.get(1).asText("") : "";
    }

    static BigDecimal money(JsonNode number) {
        return number.isNumber() ? number.decimalValue() : BigDecimal.ZERO;
    }

    private static String productName(JsonNode line) {
        String name = line.path("full_product_name").asText("");
        return name.isEmpty() || name.equals("false") ? name(line.path("product_id")) : name;
    }

    private static List<Long> ids(ArrayNode orders, String field) {
        List<Long> ids = new ArrayList<>();
        orders.forEach(o -> o.path(field).forEach(id -> ids.add(id.asLong())));
        return ids;
    }

    private static Map<Long, JsonNode> byId(ArrayNode records) {
        Map<Long, JsonNode> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.path("id").asLong(), r));
        return byId;
    }
}
