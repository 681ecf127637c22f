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

/**
 * The one place where a finished JSON-RPC exchange becomes either its result or a classified {@link OdooException}:
 * transport errors, HTTP statuses, unreadable bodies and JSON-RPC errors. Stateless.
 */
final class Failures {

    private Failures() {
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
            return fail(Kind.RETRYABLE, "The call to the server was cancelled.", io);
        }
        if (io instanceof UnknownHostException) {
            return fail(Kind.RETRYABLE, "The server name in " + x.server() + " could not be found (DNS): check the"
                    + " address and the network.", io);
        }
        if (io instanceof ConnectException || io instanceof NoRouteToHostException) {
            return fail(Kind.RETRYABLE, "The server at " + x.server() + " cannot be reached (connection refused):"
                    + " Odoo is not running there, or the address or port is wrong.", io);
        }
        if (io instanceof InterruptedIOException) {
            return fail(Kind.RETRYABLE, "The server did not answer within " + x.timeout().toSeconds() + " s.", io);
        }
        if (io instanceof SSLException) {
            return fail(Kind.MISCONFIGURED, "The secure connection (TLS) to " + x.server() + " failed; its"
                    + " certificate may not be trusted (" + io.getMessage() + ").", io);
        }
        if (io != null) {
            return fail(Kind.RETRYABLE, "The connection to the server broke off before the answer was complete.", io);
        }
        // HTTP: an answer that is not Odoo's JSON.
        if (!x.jsonContent() && x.status() >= 502 && x.status() <= 504) {
            return fail(Kind.RETRYABLE, "The server answered with an HTML page (HTTP " + x.status() + " from a proxy)"
                    + " instead of Odoo's JSON: Odoo behind it is down or too slow.", null);
        }
        if (!x.jsonContent() && x.status() == 404) {
            return fail(Kind.MISCONFIGURED, "The server has no Odoo route " + x.route() + " (HTTP 404 with an HTML"
                    + " page): is " + x.server() + " the address of an Odoo 14 or 15 server?", null);
        }
        if (!x.jsonContent() && x.status() >= 500) {
            return fail(Kind.RETRYABLE, "The server answered with an HTML error page (HTTP " + x.status() + ")"
                    + " instead of Odoo's JSON.", null);
        }
        if (!x.jsonContent()) {
            return fail(Kind.MISCONFIGURED, "The server answered with an HTML page (HTTP " + x.status() + ") instead"
                    + " of Odoo's JSON: is " + x.server() + " the address of an Odoo server?", null);
        }
        // Body: JSON was promised but cannot be read.
        if (x.parseError() instanceof JsonEOFException) {
            return fail(Kind.RETRYABLE, "The server's answer was cut off (incomplete JSON).", x.parseError());
        }
        if (x.parseError() != null || x.json() == null) {
            return fail(Kind.RETRYABLE, "The server's answer is not valid JSON (HTTP " + x.status() + ").",
                    x.parseError());
        }
        if (!x.json().isObject() || !x.json().has("jsonrpc")) {
            return fail(Kind.MISCONFIGURED, "The server answered JSON that is not Odoo's JSON-RPC: is " + x.server()
                    + " the address of an Odoo server?", null);
        }
        // JSON-RPC: Odoo's own error object.
        if (error.isMissingNode() && x.status() == 200) {
            return null;
        }
        if (error.isMissingNode()) {
            return fail(Kind.RETRYABLE, "The server answered HTTP " + x.status() + " without a result.", null);
        }
        if (code == 100) {
            return server(Kind.SESSION_EXPIRED, "The Odoo session expired.", message, name);
        }
        if (name.endsWith("AccessDenied")) {
            return server(Kind.AUTHENTICATION, "Odoo refused the login: the login or the password is wrong.",
                    message, name);
        }
        if (name.endsWith("OperationalError") && message.contains("does not exist")) {
            return server(Kind.AUTHENTICATION, "The database does not exist on this server.", message, name);
        }
        if (message.contains("bus.Bus unavailable")) {
            return server(Kind.MISCONFIGURED, "The server answered \"bus.Bus unavailable\": /longpolling reaches"
                    + " Odoo's main port; route it to the long-polling port (8072 by default).", message, name);
        }
        if (name.endsWith("OperationalError")) {
            return server(Kind.RETRYABLE, "Odoo cannot use its database right now.", message, name);
        }
        if (code == 404) {
            return server(Kind.MISCONFIGURED, "This Odoo server has no route " + x.route() + " (a module is missing"
                    + " or the server version differs).", message, name);
        }
        return server(Kind.REJECTED, "The server refused the request: " + firstLine(message), message, name);
    }

    private static OdooException fail(Kind kind, String words, Throwable cause) {
        return new OdooException(kind, words, null, null, cause);
    }

    private static OdooException server(Kind kind, String words, String message, String name) {
        return new OdooException(kind, words, message.isEmpty() ? null : message, name.isEmpty() ? null : name, null);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
