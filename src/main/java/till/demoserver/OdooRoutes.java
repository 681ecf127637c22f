package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The Odoo routes: version, database list, session and {@code call_kw}, the bus through {@link BusRoutes}, all
 * answering with the session cookie behaviour of the profile (14/15: on every answer; 17/18: only when the session
 * was made or changed). Thread-safe; a poll blocks its calling thread for the hold.
 */
final class OdooRoutes {

    /** The request being served: its call, the session it runs under, whether to set the cookie. One thread. */
    private static final class Request {
        private final JsonRpc.Call call;
        private String sessionId;
        private boolean sessionChanged;

        Request(JsonRpc.Call call, String sessionId, boolean sessionChanged) {
            this.call = call;
            this.sessionId = sessionId;
            this.sessionChanged = sessionChanged;
        }
    }

    private final DemoServerOptions options;
    private final Profile profile;
    private final HttpSessions sessions;
    private final Supplier<String> password;
    private final ModelCalls models;
    private final BusRoutes bus;
    private final ServerInfo info;

    /** @param password the admin's current password (the admin routes can change it) */
    OdooRoutes(DemoServerOptions options, HttpSessions sessions, Supplier<String> password, ModelCalls models,
               BusRoutes bus, ServerInfo info) {
        this.options = options;
        this.profile = options.profile();
        this.sessions = sessions;
        this.password = password;
        this.models = models;
        this.bus = bus;
        this.info = info;
    }

    Reply handle(String method, String path, String contentType, byte[] body, String cookie)
            throws InterruptedException {
        if (path.equals(profile.healthRoute())) {
            // save_session=False: the only answer without a Set-Cookie (Surprise 12).
            return Reply.json(200, "{\"status\": \"pass\"}".getBytes(StandardCharsets.UTF_8), null);
        }
        boolean fresh = cookie == null;
        String sessionId = sessions.adopt(cookie);
        boolean json = contentType != null && contentType.startsWith("application/json");
        if (!json || !method.equals("POST") || profile.htmlNotFound() && !known(path)) {
            return notFoundPage(sessionId);
        }
        JsonRpc.Call call;
        try {
            call = JsonRpc.parse(body);
        } catch (IOException e) {
            return Reply.html(400, "<!doctype html><title>400 Bad Request</title><h1>Bad Request</h1>", sessionId);
        }
        Request request = new Request(call, sessionId, fresh);
        try {
            JsonNode result = dispatch(path, request);
            return Reply.json(200, profile.jsonContentType(), JsonRpc.result(call.id(), result),
                    cookieToSet(request, true));
        } catch (OdooError e) {
            if (e.code() == 100 && profile.cookieOnEveryAnswer()) {
                request.sessionId = sessions.renew(request.sessionId);
            }
            boolean noId = e.withoutId() || e.code() == 100 && profile.expiredWithoutId();
            return Reply.json(e.httpStatus(), profile.jsonContentType(),
                    JsonRpc.error(noId ? NullNode.getInstance() : call.id(), e,
                            e.code() == 200 ? profile.serverErrorCode() : e.code()), cookieToSet(request, false));
        }
    }

    /** 14/15 set the cookie on every answer; 17/18 only on a success that made or changed the session. */
    private String cookieToSet(Request request, boolean success) {
        if (profile.cookieOnEveryAnswer()) {
            return request.sessionId;
        }
        return success && request.sessionChanged ? request.sessionId : null;
    }

    private Reply notFoundPage(String sessionId) {
        return profile.htmlNotFound() ? Reply.html(404, HtmlPages.odooNotFoundSince17(), null)
                : Reply.html(404, HtmlPages.odooNotFound(), sessionId);
    }

    private boolean known(String path) {
        return path.startsWith("/web/dataset/call_kw") || BusRoutes.serves(path, profile) || switch (path) {
            case "/web/webclient/version_info", "/web/database/list", "/web/session/authenticate",
                    "/web/session/get_session_info", "/web/session/destroy" -> true;
            default -> false;
        };
    }

    private JsonNode dispatch(String path, Request request) throws InterruptedException {
        ObjectNode params = request.call.params();
        if (path.equals("/web/dataset/call_kw") || path.startsWith("/web/dataset/call_kw/")) {
            requireLogin(request);
            return models.call(params.path("model").asText(), params.path("method").asText(),
                    params.path("args"), params.path("kwargs"));
        }
        if (BusRoutes.serves(path, profile)) {
            // 17/18 mark the session on the first peek, which saves it (470).
            request.sessionChanged |= params.path("is_first_poll").asBoolean(false);
            return bus.handle(path, params);
        }
        return switch (path) {
            case "/web/webclient/version_info" -> info.versionInfo();
            case "/web/database/list" -> JsonRpc.NODES.arrayNode().add(options.database());
            case "/web/session/authenticate" -> authenticate(request);
            case "/web/session/get_session_info" -> {
                requireLogin(request);
                request.sessionChanged = true;
                yield info.sessionInfo();
            }
            case "/web/session/destroy" -> {
                request.sessionId = sessions.renew(request.sessionId);
                request.sessionChanged = true;
                yield null;
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
            throw profile.unknownDatabase(db);
        }
        if (!DemoServer.LOGIN.equals(params.path("login").asText())
                || !password.get().equals(params.path("password").asText())) {
            throw OdooError.accessDenied();
        }
        request.sessionId = sessions.login(request.sessionId);
        request.sessionChanged = true;
        return info.sessionInfo();
    }
}
