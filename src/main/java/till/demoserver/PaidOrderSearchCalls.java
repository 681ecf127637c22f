package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/**
 * The web POS's order list on the server, answered from the orders the demo server recorded:
 * {@code pos.order.search_paid_order_ids(config_id, domain, limit, offset)} (15-19: {@code {ids, totalCount}} on 15,
 * {@code {ordersInfo: [[id, write_date]], totalCount}} from 17) and {@code pos.order.export_for_ui(ids)} (15, 17: the
 * UI order form with {@code [0, 0, values]} lines and payments). 14 has neither: its orders are read with the generic
 * {@code search_read}. Thread-safe.
 */
final class PaidOrderSearchCalls {

    private final DemoData data;
    private final Profile profile;

    PaidOrderSearchCalls(DemoData data, Profile profile) {
        this.data = data;
        this.profile = profile;
    }

    /** Whether this profile has the method ({@code model.method}). */
    boolean handles(String key) {
        return switch (key) {
            case "pos.order.search_paid_order_ids" -> profile != Profile.V14;
            case "pos.order.export_for_ui" -> profile == Profile.V15 || profile == Profile.V17;
            default -> false;
        };
    }

    JsonNode call(String method, JsonNode args, JsonNode kwargs) {
        return method.equals("export_for_ui") ? exportForUi(args.path(0)) : searchPaidOrderIds(kwargs);
    }

    private JsonNode searchPaidOrderIds(JsonNode kwargs) {
        int config = kwargs.path("config_id").asInt();
        List<ObjectNode> found = data.all("pos.order").stream()
                .filter(o -> o.path("config_id").path(0).asInt(o.path("config_id").asInt()) == config)
                .filter(o -> !List.of("draft", "cancel").contains(o.path("state").asText()))
                .filter(o -> Domain.matches(kwargs.path("domain"), o))
                .sorted(Comparator.comparingInt((ObjectNode o) -> o.path("id").asInt()).reversed())
                .toList();
        int offset = kwargs.path("offset").asInt(0);
        int limit = kwargs.path("limit").asInt(80);
        ObjectNode answer = JsonRpc.NODES.objectNode();
        ArrayNode page = answer.putArray(profile == Profile.V15 ? "ids" : "ordersInfo");
        found.stream().skip(offset).limit(limit).forEach(o -> {
            if (profile == Profile.V15) {
                page.add(o.get("id"));
            } else {
                page.addArray().add(o.get("id")).add(o.path("write_date").asText(o.path("date_order").asText()));
            }
        });
        answer.put("totalCount", found.size());
        return answer;
    }

    private JsonNode exportForUi(JsonNode ids) {
        ArrayNode result = JsonRpc.NODES.arrayNode();
        // Under the data's monitor: the live records are read, not copied, and an order being written is whole.
        synchronized (data) {
            for (JsonNode id : ids) {
                ObjectNode order = data.live("pos.order", id.asInt());
                if (order != null) {
                    result.add(export(order));
                }
            }
        }
        return result;
    }

    /** The fields of the UI order the till reads, shaped as 15's and 17's {@code _export_for_ui}. */
    private ObjectNode export(ObjectNode order) {
        ObjectNode ui = JsonRpc.NODES.objectNode();
        ui.set("id", order.get("id"));
        ui.set("name", order.get("pos_reference"));
        ui.set("amount_total", order.get("amount_total"));
        ui.set("amount_paid", order.get("amount_paid"));
        ui.set("partner_id", order.path("partner_id").isArray() ? order.get("partner_id").get(0)
                : JsonRpc.NODES.booleanNode(false));
        ui.set("pos_session_id", order.path("session_id").path(0));
        ui.set("state", order.get("state"));
        ui.set(profile == Profile.V15 ? "creation_date" : "date_order", order.get("date_order"));
        ArrayNode lines = ui.putArray("lines");
        order.path("lines").forEach(lineId -> {
            JsonNode line = data.live("pos.order.line", lineId.asInt());
            ObjectNode values = JsonRpc.NODES.objectNode();
            values.set("product_id", line.path("product_id").path(0));
            for (String field : new String[] {"full_product_name", "qty", "price_unit", "price_subtotal",
                "price_subtotal_incl", "discount"}) {
                values.set(field, line.path(field));
            }
            lines.addArray().add(0).add(0).add(values);
        });
        ArrayNode payments = ui.putArray("statement_ids");
        order.path("payment_ids").forEach(paymentId -> {
            JsonNode payment = data.live("pos.payment", paymentId.asInt());
            ObjectNode values = JsonRpc.NODES.objectNode();
            values.set("amount", payment.get("amount"));
            values.set("payment_method_id", payment.path("payment_method_id").path(0));
            values.set("name", payment.path("payment_date"));
            payments.addArray().add(0).add(0).add(values);
        });
        return ui;
    }
}
