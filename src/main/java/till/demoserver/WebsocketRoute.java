package till.demoserver;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * {@code GET /websocket} of 17/18 on the same port as everything else: Odoo's handshake checks (every required
 * header, {@code Origin} included, else 400), the refusing faults, then Jetty's upgrade with the headers Odoo sends
 * on its 101 and the session cookie. A browser-like client with the wrong {@code version} is closed with
 * OUTDATED_VERSION once open (v17 Surprise 1). On 14/15 the route does not exist and the Odoo routes answer their
 * HTML 404. Thread-safe.
 */
final class WebsocketRoute {

    private static final List<String> REQUIRED = List.of("connection", "host", "sec-websocket-key",
            "sec-websocket-version", "upgrade", "origin");
    /** What werkzeug's user agent parser recognises as a browser; other clients skip Odoo's version check. */
    private static final Pattern BROWSER = Pattern.compile("(?i)googlebot|msnbot|yahoo|opera|opr|edge|edg|chrome"
            + "|crios|firefox|seamonkey|safari|version|webkit|konqueror|msie|trident|lynx|links|mozilla");

    private final Profile profile;
    private final Faults faults;
    private final HttpSessions sessions;
    private final Websockets sockets;
    private final ServerWebSocketContainer container;
    private final String version;

    /** @param version the server's {@code websocket_worker_version} ({@code 17.0-1}, {@code 18.0-3}) */
    WebsocketRoute(Profile profile, Faults faults, HttpSessions sessions, Websockets sockets,
                   ServerWebSocketContainer container, String version) {
        this.profile = profile;
        this.faults = faults;
        this.sessions = sessions;
        this.sockets = sockets;
        this.container = container;
        this.version = version;
    }

    boolean serves(String path) {
        return profile.hasWebsocket() && path.equals("/websocket");
    }

    /** Answers or upgrades; {@code setCookie} renders a session id as Odoo's {@code Set-Cookie} value. */
    boolean handle(Request request, Response response, Callback callback, String cookie,
                   java.util.function.Function<String, String> setCookie) throws Exception {
        if (faults.on(FaultKind.WS_MISROUTE)) {
            // The recorded 510: HTTP/1.0-style answer, the connection closed after it.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return page(response, callback, 500, HtmlPages.werkzeugInternalError());
        }
        if (faults.on(FaultKind.PROXY_504)) {
            return page(response, callback, 504, HtmlPages.nginx(504), "text/html");
        }
        int refused = faults.get(FaultKind.WS_REFUSE).map(f -> (int) f.number(400)).orElse(0);
        if (refused == 400) {
            return page(response, callback, 400, HtmlPages.werkzeug(400, "Bad Request",
                    "Empty or missing header(s): connection, upgrade"));
        } else if (refused > 0) {
            return page(response, callback, refused, HtmlPages.werkzeug(refused, "Refused",
                    "Demo fault: the websocket upgrade is refused."));
        }
        List<String> missing = missing(request.getHeaders());
        if (!missing.isEmpty()) {
            return page(response, callback, 400, HtmlPages.werkzeug(400, "Bad Request",
                    "Empty or missing header(s): " + String.join(", ", missing)));
        }
        String sessionId = sessions.forWebsocket(cookie, profile.websocketKeepsUnknownCookie());
        boolean loggedIn = sessions.loggedIn(sessionId);
        boolean outdated = outdated(request);
        return container.upgrade((upgradeRequest, upgradeResponse, upgradeCallback) -> {
            HttpFields.Mutable headers = upgradeResponse.getHeaders();
            headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            headers.put("Access-Control-Allow-Origin", "*");
            headers.put("Access-Control-Allow-Methods", "GET, POST");
            headers.put(HttpHeader.SET_COOKIE, setCookie.apply(sessionId));
            headers.put("X-Content-Type-Options", "nosniff");
            return new DemoSocket(sockets, sessionId, loggedIn,
                    upgradeRequest.getConnectionMetaData().getConnection().getEndPoint(), outdated);
        }, request, response, callback);
    }

    /** Only a browser-like User-Agent is held to the server's version (v17 530-533). */
    private boolean outdated(Request request) {
        String agent = request.getHeaders().get(HttpHeader.USER_AGENT);
        if (agent == null || !BROWSER.matcher(agent).find()) {
            return false;
        }
        Fields query = Request.extractQueryParameters(request);
        return !version.equals(query.getValue("version"));
    }

    private static List<String> missing(HttpFields headers) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = headers.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        return missing;
    }

    private static boolean page(Response response, Callback callback, int status, String html) {
        return page(response, callback, status, html, "text/html; charset=utf-8");
    }

    private static boolean page(Response response, Callback callback, int status, String html, String type) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
