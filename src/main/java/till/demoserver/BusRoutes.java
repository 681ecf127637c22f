package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The bus routes: {@code /longpolling/poll}, {@code /longpolling/send} (14) and {@code /pos_longpolling/update}
 * (14), with the poll faults applied. Thread-safe; a poll blocks its calling thread for the hold.
 */
final class BusRoutes {

    private final DemoServerOptions options;
    private final Bus bus;
    private final Faults faults;

    BusRoutes(DemoServerOptions options, Bus bus, Faults faults) {
        this.options = options;
        this.bus = bus;
        this.faults = faults;
    }

    /** The JSON bus routes of the profile: long polling up to 15, the websocket's polling fallback from 16. */
    static boolean serves(String path, Profile profile) {
        if (profile.hasWebsocket()) {
            return path.equals("/websocket/peek_notifications");
        }
        return path.equals("/longpolling/poll") || path.equals("/longpolling/send")
                || path.equals("/pos_longpolling/update");
    }

    /** The result of one bus route; {@code null} is Python's None. */
    JsonNode handle(String path, ObjectNode params) throws InterruptedException {
        if (path.equals("/longpolling/poll")) {
            return poll(params);
        }
        if (path.equals("/websocket/peek_notifications")) {
            return peekNotifications(params);
        }
        if (!options.profile().hasLegacyBus()) {
            // 15 has neither route: the JSON 404 of 450.
            throw OdooError.notFound();
        }
        if (path.equals("/longpolling/send")) {
            bus.publish(params.path("channel").asText(), params.path("message"));
            return null;
        }
        // pos_longpolling ignores the message ("PING") and answers on the config's channel.
        bus.publish(posLongpollingChannel(params.path("pos_id").asInt()), TextNode.valueOf("PONG"));
        return IntNode.valueOf(1);
    }

    /** The channel string pos_longpolling listens on: compact JSON, the config id as a string. */
    String posLongpollingChannel(int configId) {
        ArrayNode channel = JsonRpc.NODES.arrayNode().add(options.database()).add("pos.longpolling")
                .add(Integer.toString(configId));
        return JsonRpc.text(channel);
    }

    /**
     * The websocket's polling fallback (16+): what is newer than {@code last} at once, and the channel list with the
     * server's own {@code broadcast} added, each as {@code [db, name]} (470, 471).
     */
    private JsonNode peekNotifications(ObjectNode params) {
        List<String> channels = new ArrayList<>();
        params.path("channels").forEach(c -> channels.add(c.asText()));
        ObjectNode answer = JsonRpc.NODES.objectNode();
        ArrayNode listed = answer.putArray("channels");
        channels.forEach(c -> listed.addArray().add(options.database()).add(c));
        listed.addArray().add(options.database()).add("broadcast");
        answer.set("notifications", bus.peek(channels, params.path("last").asLong(0)));
        return answer;
    }

    private JsonNode poll(ObjectNode params) throws InterruptedException {
        if (faults.on(FaultKind.MISROUTE_BUS_UNAVAILABLE)) {
            throw OdooError.server("builtins.Exception", "bus.Bus unavailable");
        }
        List<String> channels = new ArrayList<>();
        for (JsonNode channel : params.path("channels")) {
            if (!channel.isTextual()) {
                throw OdooError.server("builtins.Exception", "bus.Bus only string channels are allowed.");
            }
            channels.add(channel.asText());
        }
        if (params.path("options").path("peek").asBoolean(false)) {
            ObjectNode answer = JsonRpc.NODES.objectNode();
            answer.set("notifications", bus.peek(channels, params.path("last").asLong(0)));
            channels.forEach(answer.putArray("channels")::add);
            return answer;
        }
        boolean wake = !faults.on(FaultKind.MISROUTE_HOLD) && !faults.on(FaultKind.LATE_NOTIFICATIONS);
        return bus.poll(channels, params.path("last").asLong(0), options.hold(), wake);
    }
}
