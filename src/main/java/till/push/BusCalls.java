package till.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import till.odoo.JsonRpcClient;
import till.odoo.OdooException;

/**
 * The push channel's requests, on the Odoo client's session: long polls on the push URL, the PING on the server
 * (where {@code pos_longpolling} listens) and an ordinary hello. Thread-safe.
 */
public final class BusCalls {

    public static final String POLL = "/longpolling/poll";
    public static final String PING = "/pos_longpolling/update";
    public static final String SEND = "/longpolling/send";
    static final String HELLO = "/web/webclient/version_info";

    private final JsonRpcClient server;
    private final JsonRpcClient push;

    /** @param server the client for ordinary calls; @param push the same client for the push URL (may be it) */
    public BusCalls(JsonRpcClient server, JsonRpcClient push) {
        this.server = server;
        this.push = push;
    }

    /** The push URL without a trailing slash, for messages. */
    public String pushServer() {
        return withoutSlash(push.server().toString());
    }

    public String server() {
        return withoutSlash(server.server().toString());
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A poll, ready to run and to cancel; {@code peek} returns at once (Odoo 12-15 {@code options.peek}). */
    public JsonRpcClient.PendingCall poll(List<String> channels, long last, boolean peek, Duration timeout) {
        ObjectNode params = JsonRpcClient.MAPPER.createObjectNode();
        channels.forEach(params.putArray("channels")::add);
        params.put("last", last);
        // No bus_inactivity: the till needs no presence, and two first polls updating it can collide (v15 405).
        ObjectNode options = params.putObject("options");
        if (peek) {
            options.put("peek", true);
        }
        return push.start(POLL, params, timeout);
    }

    /** {@code pos_longpolling}'s PING, with the parameters in the module's order; the server answers 1. */
    public void ping(String database, long configId, Duration timeout) throws OdooException {
        startPing(database, configId, timeout).await();
    }

    /** The PING of {@link #ping}, ready to run and to cancel. */
    public JsonRpcClient.PendingCall startPing(String database, long configId, Duration timeout) {
        ObjectNode params = JsonRpcClient.MAPPER.createObjectNode();
        params.put("message", "PING");
        params.put("pos_id", configId);
        params.put("db_name", database);
        return server.start(PING, params, timeout);
    }

    /** {@code /longpolling/send} (public on 10-14, absent on 15): sends {@code message} on {@code channel}. */
    public void send(String channel, JsonNode message, Duration timeout)
            throws OdooException {
        ObjectNode params = JsonRpcClient.MAPPER.createObjectNode();
        params.put("channel", channel);
        params.set("message", message);
        server.call(SEND, params, timeout);
    }

    /**
     * An ordinary request to the push URL, ready to run and to cancel: proves the server there answers before any
     * poll has completed.
     */
    public JsonRpcClient.PendingCall hello(Duration timeout) {
        return push.start(HELLO, JsonRpcClient.MAPPER.createObjectNode(), timeout);
    }
}
