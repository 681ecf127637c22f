package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import till.order.PaidOrder;

/**
 * Orders through {@code pos.order.create_from_ui(orders, draft=false)} (14-17): the payload is the version's web POS
 * element {@code {id, data, to_invoice}}; the answer lists {@code {id, pos_reference}} of the orders stored now, newest
 * first (320), so it is read by reference, and an order the server already had is absent from it. Stateless.
 */
final class CreateFromUiOrders implements OrderProtocol {

    private final BiFunction<PaidOrder, PosContext, ObjectNode> payload;

    /** @param payload the version's web POS element of an order */
    CreateFromUiOrders(BiFunction<PaidOrder, PosContext, ObjectNode> payload) {
        this.payload = payload;
    }

    @Override
    public ObjectNode payload(PaidOrder order, PosContext pos) {
        return payload.apply(order, pos);
    }

    @Override
    public String identity(PaidOrder order) {
        return order.name();
    }

    @Override
    public OrderAnswer send(OdooClient client, List<ObjectNode> payloads, PosContext pos) throws OdooException {
        Map<String, OrderAnswer.Stored> named = new HashMap<>();
        for (CreatedOrder created : client.createFromUi(payloads)) {
            named.putIfAbsent(created.posReference(), new OrderAnswer.Stored(created.id(), created.posReference(), 0));
        }
        return new OrderAnswer(named);
    }
}
