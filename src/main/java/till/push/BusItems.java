package till.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import till.odoo.JsonRpcClient;

/**
 * Reads the {@code result} of {@code /longpolling/poll}: a list of items (14, 15) or, for a peek, an object whose
 * {@code notifications} holds them. Items without a numeric id are left out. Stateless.
 */
public final class BusItems {

    private BusItems() {
    }

    public static List<BusMessage> parse(JsonNode result) {
        JsonNode items = result.isObject() ? result.path("notifications") : result;
        List<BusMessage> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.path("id").canConvertToLong()) {
                out.add(item(item));
            }
        }
        return List.copyOf(out);
    }

    /** The highest non-negative id among the messages, or {@code last} when none is higher. */
    public static long newLast(long last, List<BusMessage> messages) {
        long max = last;
        for (BusMessage m : messages) {
            max = Math.max(max, m.id());
        }
        return max;
    }

    private static BusMessage item(JsonNode item) {
        JsonNode message = item.path("message");
        String type = message.isObject() ? message.path("type").asText("") : "";
        if (!item.has("channel")) {
            JsonNode payload = message.has("payload") ? message.get("payload") : MissingNode.getInstance();
            return new BusMessage(item.get("id").asLong(), "", "", type, payload);
        }
        JsonNode channelNode = item.get("channel");
        String channel = channelNode.isTextual() ? channelNode.asText() : channelNode.toString();
        return new BusMessage(item.get("id").asLong(), channel, nameOf(channelNode), type, message);
    }

    /** A POS channel string {@code ["db","name","3"]} or a tuple {@code [db, "name", 3]} gives name, else itself. */
    private static String nameOf(JsonNode channel) {
        JsonNode parts = channel;
        if (channel.isTextual() && channel.asText().startsWith("[")) {
            try {
                parts = JsonRpcClient.MAPPER.readTree(channel.asText());
            } catch (JsonProcessingException e) {
                return channel.asText();
            }
        }
        if (parts.isArray() && parts.size() >= 2 && parts.get(1).isTextual()) {
            return parts.get(1).asText();
        }
        return channel.asText();
    }
}
