package till.demoserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP entry: sends {@code /sandbox/} to the admin routes and everything else to the Odoo routes, applying the
 * switched-on faults around them. Thread-safe; each exchange runs on its own pool thread.
 */
final class DemoRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRouter.class);
    private static final DateTimeFormatter COOKIE_EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final long COOKIE_MAX_AGE = 7_776_000;
    private static final long DEFAULT_SLOW_MILLIS = 2000;

    private final OdooRoutes odoo;
    private final AdminRoutes admin;
    private final Faults faults;
    private final Clock clock;

    DemoRouter(OdooRoutes odoo, AdminRoutes admin, Faults faults, Clock clock) {
        this.odoo = odoo;
        this.admin = admin;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            if (path.startsWith("/sandbox/")) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                send(exchange, admin.handle(exchange.getRequestMethod(), path, body));
                return;
            }
            if (faults.forPath(FaultKind.HANG, path).isPresent()) {
                faults.awaitHangRelease();
                return; // closing without a status line drops the connection
            }
            Optional<Fault> slow = faults.get(FaultKind.SLOW);
            if (slow.isPresent()) {
                Thread.sleep(slow.get().number(DEFAULT_SLOW_MILLIS));
            }
            Reply before = beforeOdoo(path);
            if (before != null) {
                send(exchange, before);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            Reply reply = odoo.handle(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, cookie(exchange));
            deliver(exchange, path, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("exchange on {} ended early: {}", path, e.toString());
        } finally {
            exchange.close();
        }
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
    private void deliver(HttpExchange exchange, String path, Reply reply) throws IOException {
        if (faults.forPath(FaultKind.PROXY_504, path).isPresent()) {
            send(exchange, new Reply(504, "text/html", HtmlPages.nginx(504).getBytes(StandardCharsets.UTF_8), null));
        } else if (faults.forPath(FaultKind.DROP_MID_BODY, path).isPresent()) {
            headers(exchange, reply);
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            OutputStream out = exchange.getResponseBody();
            out.write(reply.body(), 0, reply.body().length / 2);
            out.flush();
            // Closing now leaves the declared Content-Length unmet; the JDK server then drops the connection.
        } else if (faults.forPath(FaultKind.TRUNCATED_JSON, path).isPresent()) {
            send(exchange, reply.withBody(reply.contentType(),
                    Arrays.copyOf(reply.body(), reply.body().length / 2)));
        } else if (faults.forPath(FaultKind.MALFORMED_JSON, path).isPresent()) {
            send(exchange, reply.withBody(reply.contentType(), pythonRepr(reply.body())));
        } else {
            send(exchange, reply);
        }
    }

    /** The body as a Python dict repr, as a misbehaving module or proxy script might print it: not JSON. */
    private static byte[] pythonRepr(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8).replace('"', '\'')
                .replace("true", "True").replace("false", "False").replace("null", "None");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        headers(exchange, reply);
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        exchange.getResponseBody().write(reply.body());
    }

    private void headers(HttpExchange exchange, Reply reply) {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        if (reply.sessionId() != null) {
            String expires = COOKIE_EXPIRES.format(clock.instant().plusSeconds(COOKIE_MAX_AGE));
            exchange.getResponseHeaders().set("Set-Cookie", "session_id=" + reply.sessionId() + "; Expires="
                    + expires + "; Max-Age=" + COOKIE_MAX_AGE + "; HttpOnly; Path=/");
        }
    }

    private static String cookie(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
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
