package till.demoserver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What 18's and 19's {@code sync_from_ui} intakes share: the lookup by uuid, the {@code -SYNCHRONISATION} notification
 * and the answer of records per model. The versions differ only in what they name (18's login number, 19's device
 * identifier; 19's extra {@code account.move}), which the callers pass in. Stateless.
 */
final class SyncAnswers {

    private SyncAnswers() {
    }

    /** The stored order of this uuid, or null (also for an order without one). */
    static ObjectNode byUuid(DemoData data, String uuid) {
        return uuid.isEmpty() ? null : data.liveOrderByUuid(uuid);
    }

    /**
     * What {@code pos.config.notify_synchronisation} sends: no data, only "re-read" for the other tills.
     *
     * @param sender adds who synced to the payload ({@code login_number} on 18, {@code device_identifier} on 19)
     */
    static void notifySynchronisation(DemoData data, Bus bus, ObjectNode order, Consumer<ObjectNode> sender) {
        String token = data.live("pos.config", 1).path("access_token").asText();
        ObjectNode message = JsonRpc.NODES.objectNode();
        message.put("type", token + "-SYNCHRONISATION");
        ObjectNode payload = message.putObject("payload");
        payload.putObject("static_records");
        payload.put("session_id", order.path("session_id").path(0).asInt());
        sender.accept(payload);
        payload.putObject("records");
        bus.publish(token, message);
    }

    /**
     * The answer: an array per model of {@code models}; written orders list their payments as made, an order only read
     * back lists them as stored, newest first.
     */
    static ObjectNode answer(DemoData data, List<String> models, List<ObjectNode> orders, Set<Integer> written) {
        ObjectNode answer = JsonRpc.NODES.objectNode();
        models.forEach(answer::putArray);
        synchronized (data) {
            for (ObjectNode order : orders) {
                ((ArrayNode) answer.get("pos.order")).add(LoadForm.bareIds(order));
                List<Integer> payments = new ArrayList<>();
                order.path("payment_ids").forEach(id -> payments.add(id.asInt()));
                if (written.contains(order.get("id").asInt())) {
                    payments.sort(null);
                }
                payments.forEach(id -> ((ArrayNode) answer.get("pos.payment"))
                        .add(LoadForm.bareIds(data.live("pos.payment", id))));
                order.path("lines").forEach(id -> ((ArrayNode) answer.get("pos.order.line"))
                        .add(LoadForm.bareIds(data.live("pos.order.line", id.asInt()))));
            }
        }
        return answer;
    }
}
