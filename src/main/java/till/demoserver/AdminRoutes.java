package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The demo's own routes under {@code /sandbox/}: look at the state, push a notification, change a price (or many
 * products' at once, or take one out of the POS), close or open the session, switch faults. Plain JSON in and out;
 * faults never apply here. Thread-safe.
 */
final class AdminRoutes {

    private final DemoServer demo;

    AdminRoutes(DemoServer demo) {
        this.demo = demo;
    }

    Reply handle(String method, String path, byte[] body) {
        try {
            JsonNode in = body.length == 0 ? JsonRpc.NODES.objectNode() : JsonRpc.MAPPER.readTree(body);
            JsonNode out = route(method, path, in);
            return out == null ? Reply.json(404, JsonRpc.bytes(error("no such admin route " + path)), null)
                    : Reply.json(200, JsonRpc.bytes(out), null);
        } catch (IOException | RuntimeException e) {
            return Reply.json(400, JsonRpc.bytes(error(String.valueOf(e.getMessage()))), null);
        }
    }

    private JsonNode route(String method, String path, JsonNode in) {
        if (path.equals("/sandbox/state")) {
            return state();
        }
        if (!method.equals("POST")) {
            return null;
        }
        switch (path) {
            case "/sandbox/notify" -> {
                String channel = in.path("channel").asText();
                long id = in.has("type") ? demo.publish(channel, in.get("type").asText(), in.path("payload"))
                        : demo.publish(channel, in.path("message"));
                return JsonRpc.NODES.objectNode().put("id", id);
            }
            case "/sandbox/price" -> demo.setProductPrice(in.path("product_id").asInt(),
                    new BigDecimal(in.path("price").asText()));
            case "/sandbox/change-products" -> {
                ArrayNode ids = JsonRpc.NODES.arrayNode();
                demo.changeProductPrices(in.path("count").asInt(100)).forEach(ids::add);
                return JsonRpc.NODES.objectNode().set("changed", ids);
            }
            case "/sandbox/product-flag" -> demo.setProductFlag(in.path("product_id").asInt(),
                    in.path("field").asText(), in.path("value").asBoolean());
            case "/sandbox/rename" -> demo.rename(in.path("model").asText(), in.path("id").asInt(),
                    in.path("name").asText());
            case "/sandbox/password" -> demo.changePassword(in.path("password").asText());
            case "/sandbox/close-session" -> demo.closeCurrentSession();
            case "/sandbox/open-session" -> demo.openSession();
            case "/sandbox/expire-sessions" -> demo.expireSessions();
            case "/sandbox/fault" -> demo.inject(Fault.parse(in.path("fault").asText()));
            case "/sandbox/clear-faults" -> {
                if (in.has("fault")) {
                    demo.clear(FaultKind.byLabel(in.get("fault").asText()));
                } else {
                    demo.clearFaults();
                }
            }
            default -> {
                return null;
            }
        }
        return state();
    }

    private JsonNode state() {
        ObjectNode state = JsonRpc.NODES.objectNode();
        state.put("profile", demo.profile().major());
        state.put("url", demo.url().toString());
        state.put("db", demo.database());
        state.put("last_notification_id", demo.lastNotificationId());
        ArrayNode faults = state.putArray("faults");
        demo.faults().forEach(f -> faults.add(f.toString()));
        ArrayNode orders = state.putArray("orders");
        demo.orderReferences().forEach(orders::add);
        ObjectNode duplicates = state.putObject("duplicates");
        demo.duplicates().forEach(duplicates::put);
        ArrayNode overlapping = state.putArray("overlapping_order_calls");
        demo.overlappingOrderCalls().forEach(overlapping::add);
        return state;
    }

    private static ObjectNode error(String message) {
        return JsonRpc.NODES.objectNode().put("error", message);
    }
}
