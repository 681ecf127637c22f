package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import till.order.PaidOrder;

/**
 * Orders through {@code pos.order.sync_from_ui(orders)} (18): flat dicts ({@link WebPos18Order}) identified by their
 * {@code uuid}, with {@code config_id} and {@code login_number} in the context as the 18 web POS adds them. The answer
 * is a dict of records per model; its {@code pos.order} records, in request order, are read by uuid, with the session
 * each landed in (an order of a closed session lands silently in the open one, 340, and the answer's
 * {@code pos.session} never says so, v18 Surprise 3). The captured build answers a resend with the stored order
 * (310); builds that leave it out are covered by the lookup of unnamed orders. Stateless.
 */
final class SyncFromUiOrders implements OrderProtocol {

    @Override
    public ObjectNode payload(PaidOrder order, PosContext pos) {
        return WebPos18Order.build(order, pos);
    }

    @Override
    public String identity(PaidOrder order) {
        return OrderUuids.order(order);
    }

    @Override
    public OrderAnswer send(OdooClient client, List<ObjectNode> payloads, PosContext pos) throws OdooException {
        ObjectNode context = JsonRpcClient.MAPPER.createObjectNode();
        context.put("config_id", pos.configId());
        context.put("login_number", pos.loginNumber());
        JsonNode answer = client.syncFromUi(payloads, context);
        if (!answer.path("pos.order").isArray()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server answered sync_from_ui without"
                    + " pos.order records: is this an Odoo 18 server?");
        }
        Map<String, OrderAnswer.Stored> named = new HashMap<>();
        for (JsonNode order : answer.get("pos.order")) {
            named.put(order.path("uuid").asText(), new OrderAnswer.Stored(order.path("id").asLong(),
                    order.path("pos_reference").asText(), PosData.id(order.path("session_id"))));
        }
        return new OrderAnswer(named);
    }
}
