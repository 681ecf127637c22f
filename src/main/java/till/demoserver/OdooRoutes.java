package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The Odoo routes: version, database list, session and {@code call_kw}, the bus through {@link BusRoutes}, all
 * answering with the session cookie behaviour of 14/15. Thread-safe; a poll blocks its calling thread for the hold.
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
    private final Supplier<String> password;
    private final ModelCalls models;
    private final BusRoutes bus;
    private final ServerInfo info;

    /** @param password the admin's current password (the admin routes can change it) */
    OdooRoutes(DemoServerOptions options, HttpSessions sessions, Supplier<String> password, ModelCalls models,
               BusRoutes bus, ServerInfo info) {
        this.options = options;
        this.sessions = sessions;
        this.password = password;
        this.models = models;
        this.bus = bus;
        this.info = info;
    }

    Reply handle(String method, String path, String contentType, byte[] body, String cookie)
            throws InterruptedException {
        if (path.equals("/longpolling/health") && options.profile().hasHealthRoute()) {
            // save_session=False: the only answer without a Set-Cookie (Surprise 12).
            return Reply.json(200, "{\"status\": \"pass\"}".getBytes(StandardCharsets.UTF_8),
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
        if (path.equals("/web/dataset/call_kw") || path.startsWith("/web/dataset/call_kw/")) {
            requireLogin(request);
            return models.call(params.path("model").asText(), params.path("method").asText(),
                    params.path("args"), params.path("kwargs"));
        }
        if (BusRoutes.serves(path)) {
            return bus.handle(path, params);
        }
        return switch (path) {
            case "/web/webclient/version_info" -> info.versionInfo();
            case "/web/database/list" -> JsonRpc.NODES.arrayNode().add(options.database());
            case "/web/session/authenticate" -> authenticate(request);
            case "/web/session/get_session_info" -> {
                requireLogin(request);
                yield info.sessionInfo();
            }
            default -> throw OdooError.notFound();
        };
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
                || !password.get().equals(params.path("password").asText())) {
            throw OdooError.accessDenied();
        }
        request.sessionId = sessions.login(request.sessionId);
        return info.sessionInfo();
    }
}
