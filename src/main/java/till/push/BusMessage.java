package till.push;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One notification from a long poll, in either shape: 14's {@code {id, channel, message}} or 15's
 * {@code {id, message: {type, payload}}}. Immutable (the JSON nodes must not be changed by handlers).
 *
 * @param id      the bus id ({@code last} moves to the highest; negative ids are presence items and never count)
 * @param channel the channel string exactly as the server sent it (14), or empty (15 has none)
 * @param name    the channel's name: element 1 of a POS channel {@code ["db","name","id"]}, the bare string of another
 *                channel, or empty (15)
 * @param type    {@code message.type} when the message is an object that has one (always on 15), else empty
 * @param payload what handlers act on: 15's {@code message.payload}, 14's whole {@code message}
 */
public record BusMessage(long id, String channel, String name, String type, JsonNode payload) {
}
