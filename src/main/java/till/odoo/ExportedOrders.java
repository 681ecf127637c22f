package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import till.session.ServerOrder;

/**
 * Makes {@link ServerOrder}s of {@code pos.order.export_for_ui}'s answer (15, 17): the UI order form, with the lines
 * and payments as {@code [0, 0, values]} commands, the customer and payment methods as ids. Their names are read once
 * per search, as the web POS loads the partners it is missing. Stateless.
 */
final class ExportedOrders {

    private ExportedOrders() {
    }

    /** Blocks on the network for the names. */
    static List<ServerOrder> of(OdooClient client, JsonNode exported) throws OdooException {
        Set<Long> partners = new LinkedHashSet<>();
        Set<Long> methods = new LinkedHashSet<>();
        for (JsonNode order : exported) {
            if (order.path("partner_id").isNumber()) {
                partners.add(order.get("partner_id").asLong());
            }
            order.path("statement_ids").forEach(p -> methods.add(p.path(2).path("payment_method_id").asLong()));
        }
        Map<Long, String> partnerNames = names(client, "res.partner", partners);
        Map<Long, String> methodNames = names(client, "pos.payment.method", methods);
        List<ServerOrder> result = new ArrayList<>();
        for (JsonNode order : exported) {
            List<ServerOrder.Line> lines = new ArrayList<>();
            order.path("lines").forEach(command -> {
                JsonNode line = command.path(2);
                String name = line.path("full_product_name").asText("");
                lines.add(new ServerOrder.Line(name.isEmpty() ? "#" + line.path("product_id").asText() : name,
                        ServerOrderRecords.money(line.path("qty")),
                        ServerOrderRecords.money(line.path("price_subtotal_incl"))));
            });
            List<ServerOrder.Payment> payments = new ArrayList<>();
            order.path("statement_ids").forEach(command -> {
                JsonNode payment = command.path(2);
                long method = payment.path("payment_method_id").asLong();
                payments.add(new ServerOrder.Payment(methodNames.getOrDefault(method, "#" + method),
                        ServerOrderRecords.money(payment.path("amount"))));
            });
            long partner = order.path("partner_id").asLong(0);
            // 15 dates the order by creation_date, 17 by date_order.
            String date = order.path("date_order").asText(order.path("creation_date").asText(""));
            result.add(new ServerOrder(order.path("id").asLong(), order.path("name").asText(""), date,
                    partner == 0 ? "" : partnerNames.getOrDefault(partner, "#" + partner),
                    ServerOrderRecords.money(order.path("amount_total")), order.path("state").asText(""), "",
                    lines, payments));
        }
        return result;
    }

    private static Map<Long, String> names(OdooClient client, String model, Set<Long> ids) throws OdooException {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        ArrayNode records = client.read(model, List.copyOf(ids), List.of("name"));
        records.forEach(r -> names.put(r.path("id").asLong(), r.path("name").asText("")));
        return names;
    }
}
