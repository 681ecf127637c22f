package till.odoo;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import till.odoo.OdooException.Kind;
import till.odoo.OdooException.Transport;
import till.odoo.OdooException.Wire;

/**
 * The one place where a finished JSON-RPC exchange becomes either its result or a classified {@link OdooException}:
 * transport errors, HTTP statuses, unreadable bodies and JSON-RPC errors. It also records what it decided from (the
 * transport failure, the HTTP status, the JSON-RPC code and {@code data.name}) in the exception's {@link Wire}, so that
 * no caller has to read the words again. Stateless.
 */
final class Failures {

    private Failures() {
    }

    /**
     * {@link #classify}, and whether the request had begun to be written when the call ended, which decides whether
     * a failed call that changes data may have taken effect (docs/decisions/0160).
     */
    static OdooException classifyCall(Exchange x) {
        OdooException failure = classify(x);
        return failure != null && x.requestWritten() ? failure.afterRequestWritten() : failure;
    }

    /** The failure this exchange represents, or null when it carries a JSON-RPC result (possibly Python's None). */
    static OdooException classify(Exchange x) {
        IOException io = x.transportError();
        JsonNode error = x.error();
        String name = error.path("data").path("name").asText("");
        String message = error.path("data").path("message").asText(error.path("message").asText(""));
        int code = error.path("code").asInt(0);
        // Transport: no complete answer came back.
        if (x.cancelled()) {
            return transport(Kind.RETRYABLE, Transport.CANCELLED, "The call to the server was cancelled.", io);
        }
        if (io instanceof UnknownHostException) {
            return transport(Kind.RETRYABLE, Transport.DNS, "The server name in " + x.server() + " could not be found"
                    + " (DNS): check the address and the network.", io);
        }
        if (io instanceof ConnectException || io instanceof NoRouteToHostException) {
            return transport(Kind.RETRYABLE, Transport.REFUSED, "The server at " + x.server() + " cannot be reached"
                    + " (connection refused): Odoo is not running there, or the address or port is wrong.", io);
        }
        if (io instanceof InterruptedIOException) {
            return transport(Kind.RETRYABLE, Transport.TIMEOUT, "The server did not answer within "
                    + x.timeout().toSeconds() + " s.", io);
        }
        if (io instanceof SSLException) {
            return transport(Kind.MISCONFIGURED, Transport.TLS, "The secure connection (TLS) to " + x.server()
                    + " failed; its certificate may not be trusted (" + io.getMessage() + ").", io);
        }
        if (io != null) {
            return transport(Kind.RETRYABLE, Transport.BROKEN, "The connection to the server broke off before the"
                    + " answer was complete.", io);
        }
        // HTTP: an answer that is not Odoo's JSON.
        if (!x.jsonContent() && x.status() >= 502 && x.status() <= 504) {
            return http(x, Kind.RETRYABLE, "The server answered with an HTML page (HTTP " + x.status() + " from a"
                    + " proxy) instead of Odoo's JSON: Odoo behind it is down or too slow.", null);
        }
        if (!x.jsonContent() && x.status() == 404) {
            return http(x, Kind.MISCONFIGURED, "The server has no Odoo route " + x.route() + " (HTTP 404 with an HTML"
                    + " page): is " + x.server() + " the address of an Odoo 14 or 15 server?", null);
        }
        if (!x.jsonContent() && x.status() >= 500) {
            return http(x, Kind.RETRYABLE, "The server answered with an HTML error page (HTTP " + x.status() + ")"
                    + " instead of Odoo's JSON.", null);
        }
        if (!x.jsonContent()) {
            return http(x, Kind.MISCONFIGURED, "The server answered with an HTML page (HTTP " + x.status() + ") instead"
                    + " of Odoo's JSON: is " + x.server() + " the address of an Odoo server?", null);
        }
        // Body: JSON was promised but cannot be read.
        if (x.parseError() instanceof JsonEOFException) {
            return http(x, Kind.RETRYABLE, "The server's answer was cut off (incomplete JSON).", x.parseError());
        }
        if (x.parseError() != null || x.json() == null) {
            return http(x, Kind.RETRYABLE, "The server's answer is not valid JSON (HTTP " + x.status() + ").",
                    x.parseError());
        }
        if (!x.json().isObject() || !x.json().has("jsonrpc")) {
            return http(x, Kind.MISCONFIGURED, "The server answered JSON that is not Odoo's JSON-RPC: is " + x.server()
                    + " the address of an Odoo server?", null);
        }
        // JSON-RPC: Odoo's own error object.
        if (error.isMissingNode() && x.status() == 200) {
            return null;
        }
        if (error.isMissingNode()) {
            return http(x, Kind.RETRYABLE, "The server answered HTTP " + x.status() + " without a result.", null);
        }
        if (code == 100) {
            return server(x, Kind.SESSION_EXPIRED, "The Odoo session expired.", message, name);
        }
        if (name.endsWith("AccessDenied")) {
            return server(x, Kind.AUTHENTICATION, "Odoo refused the login: the login or the password is wrong.",
                    message, name);
        }
        // psycopg2 says "database ... does not exist" only in its words: no code or name tells it from a database down.
        if (name.endsWith("OperationalError") && message.contains("does not exist")) {
            return server(x, Kind.AUTHENTICATION, "The database does not exist on this server.", message, name);
        }
        // Odoo raises a plain Exception("bus.Bus unavailable"): its words are the only signal of a misrouted poll.
        if (message.contains("bus.Bus unavailable")) {
            return server(x, Kind.MISCONFIGURED, "The server answered \"bus.Bus unavailable\": /longpolling reaches"
                    + " Odoo's main port; route it to the long-polling port (8072 by default).", message, name);
        }
        if (name.endsWith("OperationalError")) {
            return server(x, Kind.RETRYABLE, "Odoo cannot use its database right now.", message, name);
        }
        if (code == 404) {
            return server(x, Kind.MISCONFIGURED, "This Odoo server has no route " + x.route() + " (a module is missing"
                    + " or the server version differs).", message, name);
        }
        return server(x, Kind.REJECTED, "The server refused the request: " + firstLine(message), message, name);
    }

    private static OdooException transport(Kind kind, Transport transport, String words, IOException cause) {
        return new OdooException(kind, words, new Wire(transport, 0, 0), null, null, cause);
    }

    private static OdooException http(Exchange x, Kind kind, String words, Throwable cause) {
        return new OdooException(kind, words, new Wire(Transport.NONE, x.status(), 0), null, null, cause);
    }

    private static OdooException server(Exchange x, Kind kind, String words, String message, String name) {
        int code = x.error().path("code").asInt(0);
        return new OdooException(kind, words, new Wire(Transport.NONE, x.status(), code),
                message.isEmpty() ? null : message, name.isEmpty() ? null : name, null);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
