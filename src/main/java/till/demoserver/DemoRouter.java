package till.demoserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP entry: sends {@code /sandbox/} to the admin routes, {@code /websocket} to the websocket route where the
 * profile has one, and everything else to the Odoo routes, applying the switched-on faults around them. Thread-safe;
 * each request runs, blocking, on its own thread of the listener's pool.
 */
final class DemoRouter extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRouter.class);
    private static final DateTimeFormatter COOKIE_EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final long DEFAULT_SLOW_MILLIS = 2000;

    private final OdooRoutes odoo;
    private final AdminRoutes admin;
    private final WebsocketRoute websocket;
    private final Faults faults;
    private final Clock clock;
    private final long cookieMaxAge;

    DemoRouter(OdooRoutes odoo, AdminRoutes admin, WebsocketRoute websocket, Faults faults, Clock clock,
               long cookieMaxAge) {
        super(InvocationType.BLOCKING);
        this.odoo = odoo;
        this.admin = admin;
        this.websocket = websocket;
        this.faults = faults;
        this.clock = clock;
        this.cookieMaxAge = cookieMaxAge;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        try {
            if (path.startsWith("/sandbox/")) {
                send(response, admin.handle(request.getMethod(), path, body(request)), callback);
                return true;
            }
            if (faults.forPath(FaultKind.HANG, path).isPresent()) {
                faults.awaitHangRelease();
                drop(request, callback);
                return true;
            }
            Optional<Fault> slow = faults.get(FaultKind.SLOW);
            if (slow.isPresent()) {
                Thread.sleep(slow.get().number(DEFAULT_SLOW_MILLIS));
            }
            Reply before = beforeOdoo(path);
            if (before != null) {
                send(response, before, callback);
                return true;
            }
            String cookie = cookie(request);
            if (websocket.serves(path) && websocket.handle(request, response, callback, cookie, this::setCookie)) {
                return true;
            }
            Reply reply = odoo.handle(request.getMethod(), path, request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                    body(request), cookie);
            deliver(request, response, path, reply, callback);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drop(request, callback);
        } catch (Exception e) {
            LOG.debug("exchange on {} ended early", path, e);
            callback.failed(e);
        }
        return true;
    }

    /** Faults that answer in place of Odoo, so the request has no effect: an HTML 500, a proxy's 502. */
    private Reply beforeOdoo(String path) {
        if (faults.forPath(FaultKind.HTML_ERROR, path).isPresent()) {
            return Reply.html(500, HtmlPages.odooInternalError(), null);
        }
        if (faults.forPath(FaultKind.PROXY_502, path).isPresent()) {
            return new Reply(502, "text/html", HtmlPages.nginx(502).getBytes(StandardCharsets.UTF_8), null);
        }
        return null;
    }

    /** Faults that spoil an answer Odoo already produced: the request did take effect (an order is stored). */
    private void deliver(Request request, Response response, String path, Reply reply, Callback callback)
            throws IOException, InterruptedException {
        if (faults.forPath(FaultKind.ANSWER_LOST, path).isPresent()) {
            // Handled and committed; not one byte of the answer: the client sees the connection end.
            drop(request, callback);
        } else if (faults.forPath(FaultKind.PROXY_504, path).isPresent()) {
            send(response, new Reply(504, "text/html", HtmlPages.nginx(504).getBytes(StandardCharsets.UTF_8), null),
                    callback);
        } else if (faults.forPath(FaultKind.DROP_MID_BODY, path).isPresent() || faults.dropsProductPage(path)) {
            headers(response, reply);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
            FutureCallback half = new FutureCallback();
            response.write(false, ByteBuffer.wrap(reply.body(), 0, reply.body().length / 2), half);
            try {
                half.get();
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
            // The declared Content-Length is left unmet: closing now makes the client see the connection drop.
            drop(request, callback);
        } else if (faults.forPath(FaultKind.TRUNCATED_JSON, path).isPresent()) {
            send(response, reply.withBody(reply.contentType(),
                    Arrays.copyOf(reply.body(), reply.body().length / 2)), callback);
        } else if (faults.forPath(FaultKind.MALFORMED_JSON, path).isPresent()) {
            send(response, reply.withBody(reply.contentType(), pythonRepr(reply.body())), callback);
        } else {
            send(response, reply, callback);
        }
    }

    /** The body as a Python dict repr, as a misbehaving module or proxy script might print it: not JSON. */
    private static byte[] pythonRepr(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8).replace('"', '\'')
                .replace("true", "True").replace("false", "False").replace("null", "None");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void send(Response response, Reply reply, Callback callback) {
        headers(response, reply);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    private void headers(Response response, Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        if (reply.sessionId() != null) {
            response.getHeaders().put(HttpHeader.SET_COOKIE, setCookie(reply.sessionId()));
        }
    }

    /** The {@code Set-Cookie} value Odoo sends for a session id. */
    String setCookie(String sessionId) {
        String expires = COOKIE_EXPIRES.format(clock.instant().plusSeconds(cookieMaxAge));
        return "session_id=" + sessionId + "; Expires=" + expires + "; Max-Age=" + cookieMaxAge
                + "; HttpOnly; Path=/";
    }

    /** Ends the exchange without (the rest of) an answer: the connection is closed under the client. */
    private static void drop(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IOException("dropped on purpose"));
    }

    private static byte[] body(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            return in.readAllBytes();
        }
    }

    private static String cookie(Request request) {
        for (String header : request.getHeaders().getValuesList(HttpHeader.COOKIE)) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith("session_id=")) {
                    return p.substring("session_id=".length());
                }
            }
        }
        return null;
    }
}
