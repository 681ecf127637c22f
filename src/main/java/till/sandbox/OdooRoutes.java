package till.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Odoo routes: session, database list, {@code call_kw}, the bus and {@code pos_longpolling}, answering with the
 * session cookie behaviour of 14/15. Thread-safe; a poll blocks its calling thread for the hold.
 */
final class OdooRoutes {

    /** The request being served: its JSON-RPC call and the session id it runs under. Confined to one thread. */
    private static final class Request {
        private final JsonRpc.Call call;
        private String sessionId;

        Request(JsonRpc.Call call, String sessionId) {
            this.call = call;
            this.sessionId = sessionId;
        }
    }

    private final DemoServerOptions options;
    private final HttpSessions sessions;
    private final ModelCalls models;
    private final Bus bus;
    private final Faults faults;
    private final DemoData data;
    private final Supplier<String> baseUrl;

    OdooRoutes(DemoServerOptions options, HttpSessions sessions, ModelCalls models, Bus bus, Faults faults,
            DemoData data, Supplier<String> baseUrl) {
        this.options = options;
        this.sessions = sessions;
        this.models = models;
        this.bus = bus;
        this.faults = faults;
        this.data = data;
        this.baseUrl = baseUrl;
    }

    Reply handle(String method, String path, String contentType, byte[] body, String cookie)
            throws InterruptedException {
        if (path.equals("/longpolling/health") && options.profile().hasHealthRoute()) {
            // save_session=False: the only answer without a Set-Cookie (Surprise 12).
            return Reply.json(200, "{\"status\": \"pass\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null);
        }
        String sessionId = sessions.adopt(cookie);
        boolean json = contentType != null && contentType.startsWith("application/json");
        if (!json || !method.equals("POST")) {
            return Reply.html(404, HtmlPages.odooNotFound(), sessionId);
        }
        JsonRpc.Call call;
        try {
            call = JsonRpc.parse(body);
        } catch (IOException e) {
            return Reply.html(400, "<!doctype html><title>400 Bad Request</title><h1>Bad Request</h1>", sessionId);
        }
        Request request = new Request(call, sessionId);
        try {
            JsonNode result = dispatch(path, request);
            return Reply.json(200, JsonRpc.result(call.id(), result), request.sessionId);
        } catch (OdooError e) {
            if (e.code() == 100) {
                request.sessionId = sessions.renew(request.sessionId);
            }
            return Reply.json(e.httpStatus(), JsonRpc.error(call.id(), e), request.sessionId);
        }
    }

    private JsonNode dispatch(String path, Request request) throws InterruptedException {
        ObjectNode params = request.call.params();
        boolean legacy = options.profile().hasLegacyBus();
        if (path.equals("/web/dataset/call_kw") || path.startsWith("/web/dataset/call_kw/")) {
            requireLogin(request);
            return models.call(params.path("model").asText(), params.path("method").asText(),
                    params.path("args"), params.path("kwargs"));
        }
        return switch (path) {
            case "/web/webclient/version_info" -> versionInfo();
            case "/web/database/list" -> JsonRpc.NODES.arrayNode().add(options.database());
            case "/web/session/authenticate" -> authenticate(request);
            case "/web/session/get_session_info" -> {
                requireLogin(request);
                yield sessionInfo();
            }
            case "/longpolling/poll" -> poll(params);
            case "/longpolling/send" -> {
                if (!legacy) {
                    throw OdooError.notFound();
                }
                bus.publish(params.path("channel").asText(), params.path("message"));
                yield null;
            }
            case "/pos_longpolling/update" -> {
                if (!legacy) {
                    throw OdooError.notFound();
                }
                bus.publish(posLongpollingChannel(params.path("pos_id").asInt()), TextNode.valueOf("PONG"));
                yield IntNode.valueOf(1);
            }
            default -> throw OdooError.notFound();
        };
    }

    /** The channel string pos_longpolling listens on: compact JSON, the config id as a string. */
    String posLongpollingChannel(int configId) {
        ArrayNode channel = JsonRpc.NODES.arrayNode().add(options.database()).add("pos.longpolling")
                .add(Integer.toString(configId));
        return JsonRpc.text(channel);
    }

    private void requireLogin(Request request) {
        if (!sessions.loggedIn(request.sessionId)) {
            throw OdooError.sessionExpired();
        }
    }

    private JsonNode authenticate(Request request) {
        ObjectNode params = request.call.params();
        String db = params.path("db").asText();
        if (!db.equals(options.database())) {
            throw OdooError.unknownDatabase(db);
        }
        if (!DemoServer.LOGIN.equals(params.path("login").asText())
                || !DemoServer.PASSWORD.equals(params.path("password").asText())) {
            throw OdooError.accessDenied();
        }
        request.sessionId = sessions.login(request.sessionId);
        return sessionInfo();
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
        boolean wake = !faults.on(FaultKind.MISROUTE_HOLD) && !faults.on(FaultKind.LATE_NOTIFICATIONS);
        return bus.poll(channels, params.path("last").asLong(0), options.hold(), wake);
    }

    private JsonNode versionInfo() {
        ObjectNode info = JsonRpc.NODES.objectNode();
        info.put("server_version", options.profile().serverVersion());
        info.set("server_version_info", serverVersionInfo());
        info.put("server_serie", options.profile().serverVersion());
        info.put("protocol_version", 1);
        return info;
    }

    private ArrayNode serverVersionInfo() {
        return JsonRpc.NODES.arrayNode().add(options.profile().major()).add(0).add(0).add("final").add(0).add("");
    }

    private JsonNode sessionInfo() {
        ObjectNode info = data.sessionInfoTemplate();
        info.put("db", options.database());
        info.put("web.base.url", baseUrl.get());
        info.set("server_version_info", serverVersionInfo());
        return info;
    }
}
