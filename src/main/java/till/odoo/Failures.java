package till.odoo;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import javax.net.ssl.SSLException;
import till.odoo.OdooException.Kind;
import till.odoo.OdooException.Transport;
import till.odoo.OdooException.Wire;
import till.odoo.UnusableAnswer.Problem;

/**
 * The one place where a finished JSON-RPC exchange becomes either its result or a classified {@link OdooException}:
 * transport errors, HTTP statuses and redirects, unusable bodies and JSON-RPC errors, in that order, one rule per line
 * with its reason. It also records what it decided from (the transport failure, the HTTP status, the JSON-RPC code and
 * {@code data.name}) in the exception's {@link Wire}, and an unusable body as an {@link UnusableAnswer} cause, so that
 * no caller has to read the words again. Stateless.
 */
final class Failures {

    /**
     * PostgreSQL's concurrency errors as Odoo names them ({@code data.name} is the Python class's module and name):
     * another transaction was busy with the same rows, and the same call succeeds a moment later. Odoo retries them
     * itself a few times before it gives up and answers with them.
     */
    private static final Set<String> DATABASE_CONFLICTS = Set.of(
            "psycopg2.errors.SerializationFailure",
            "psycopg2.errors.DeadlockDetected",
            "psycopg2.errors.LockNotAvailable",
            "psycopg2.errors.TransactionRollback",
            // Before psycopg2 2.8 every class-40 error came as the base class; it still is their base.
            "psycopg2.extensions.TransactionRollbackError");
    /** The database stopped a statement or the connection for a while: cancelled, shut down, starting up. */
    private static final Set<String> DATABASE_BUSY = Set.of(
            "psycopg2.errors.QueryCanceled",
            "psycopg2.extensions.QueryCanceledError",
            "psycopg2.errors.AdminShutdown",
            "psycopg2.errors.CrashShutdown",
            "psycopg2.errors.CannotConnectNow");

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
        OdooException failure = transport(x);
        if (failure == null) {
            failure = status(x);
        }
        if (failure == null) {
            failure = body(x);
        }
        if (failure == null && x.json() != null) {
            failure = rpcError(x);
        }
        return failure;
    }

    /** No complete answer came back. */
    private static OdooException transport(Exchange x) {
        IOException io = x.transportError();
        if (x.cancelled()) {
            return transport(Kind.RETRYABLE, Transport.CANCELLED, "The call to the server was cancelled.", io);
        }
        // An answer over its cap did come, but Till stopped reading it: a server or proxy sending endless data.
        if (io instanceof AnswerCap.TooLarge big) {
            return unusable(x, Kind.RETRYABLE, Problem.TOO_LARGE, "an answer " + big.cap().overCap(),
                    "The server's answer is " + big.cap().overCap() + "; Till stopped reading it and tries again"
                    + " later.", big);
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
        return null;
    }

    /** A redirect, or a page from a proxy or another web server instead of Odoo's JSON. */
    private static OdooException status(Exchange x) {
        // A redirect is never followed (a POST would come back as a GET): to the login page, the session ended.
        if (x.redirect() && redirectPath(x).startsWith("/web/login")) {
            return http(x, Kind.SESSION_EXPIRED, "The server sent the call to its login page (HTTP " + x.status()
                    + "): the Odoo session expired.", null);
        }
        if (x.redirect()) {
            return http(x, Kind.MISCONFIGURED, "The server redirects " + x.route() + " to " + x.location() + " (HTTP "
                    + x.status() + "): use the address it redirects to in the settings.", null);
        }
        if (!x.jsonContent() && x.status() >= 502 && x.status() <= 504) {
            return page(x, Kind.RETRYABLE, "The server answered with an HTML page (HTTP " + x.status() + " from a"
                    + " proxy) instead of Odoo's JSON: Odoo behind it is down or too slow.");
        }
        if (!x.jsonContent() && x.status() == 404) {
            return page(x, Kind.MISCONFIGURED, "The server has no Odoo route " + x.route() + " (HTTP 404 with an HTML"
                    + " page): is " + x.server() + " the address of an Odoo server Till supports?");
        }
        if (!x.jsonContent() && x.status() >= 500) {
            return page(x, Kind.RETRYABLE, "The server answered with an HTML error page (HTTP " + x.status() + ")"
                    + " instead of Odoo's JSON.");
        }
        if (!x.jsonContent()) {
            return page(x, Kind.MISCONFIGURED, "The server answered with an HTML page (HTTP " + x.status() + ")"
                    + " instead of Odoo's JSON: is " + x.server() + " the address of an Odoo server?");
        }
        return null;
    }

    /** JSON was promised but cannot be read as Odoo's JSON-RPC answer. */
    private static OdooException body(Exchange x) {
        if (x.parseError() instanceof JsonEOFException) {
            return unusable(x, Kind.RETRYABLE, Problem.CUT_OFF, "an answer cut off halfway (incomplete JSON)",
                    "The server's answer was cut off (incomplete JSON).", x.parseError());
        }
        if (x.parseError() != null) {
            return unusable(x, Kind.RETRYABLE, Problem.INVALID_JSON, "an answer that is not valid JSON",
                    "The server sent something that is not Odoo's answer (not valid JSON, HTTP " + x.status() + ").",
                    x.parseError());
        }
        if (x.json() == null) {
            return unusable(x, Kind.RETRYABLE, Problem.EMPTY, "an empty answer", "The server sent an empty answer"
                    + " (HTTP " + x.status() + ") instead of Odoo's JSON.", null);
        }
        if (!x.json().isObject() || !x.json().has("jsonrpc")) {
            return unusable(x, Kind.MISCONFIGURED, Problem.NOT_JSON_RPC, "JSON that is not JSON-RPC", "The server"
                    + " answered JSON that is not Odoo's JSON-RPC: is " + x.server() + " the address of an Odoo"
                    + " server?", null);
        }
        return null;
    }

    /** Odoo's own error object, decided from its code and {@code data.name}. */
    private static OdooException rpcError(Exchange x) {
        JsonNode error = x.error();
        String name = error.path("data").path("name").asText("");
        String message = error.path("data").path("message").asText(error.path("message").asText(""));
        int code = error.path("code").asInt(0);
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
        // Another transaction held the same rows: the same call goes through a moment later.
        if (DATABASE_CONFLICTS.contains(name)) {
            return server(x, Kind.RETRYABLE, "Odoo met a passing conflict in its database (" + shortName(name)
                    + ": another transaction was changing the same records); Till tries again by itself.", message,
                    name);
        }
        if (DATABASE_BUSY.contains(name)) {
            return server(x, Kind.RETRYABLE, "Odoo cannot use its database right now (" + shortName(name) + ");"
                    + " Till tries again by itself.", message, name);
        }
        // psycopg2 says "database ... does not exist" only in its words: no code or name tells it from a database down.
        if (name.endsWith("OperationalError") && message.contains("does not exist")) {
            return server(x, Kind.AUTHENTICATION, "The database does not exist on this server.", message, name);
        }
        // 16+ check the db filter before the login and raise an AccessError whose words alone say so (v17/v18 040).
        if (name.endsWith("AccessError") && message.contains("Database not found")) {
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

    private static OdooException page(Exchange x, Kind kind, String words) {
        return unusable(x, kind, Problem.PAGE, "a page (HTTP " + x.status() + ") instead of Odoo's JSON", words,
                null);
    }

    private static OdooException unusable(Exchange x, Kind kind, Problem problem, String what, String words,
                                          Throwable cause) {
        return http(x, kind, words, new UnusableAnswer(problem, what, cause));
    }

    private static OdooException server(Exchange x, Kind kind, String words, String message, String name) {
        int code = x.error().path("code").asInt(0);
        return new OdooException(kind, words, new Wire(Transport.NONE, x.status(), code),
                message.isEmpty() ? null : message, name.isEmpty() ? null : name, null);
    }

    private static String redirectPath(Exchange x) {
        try {
            String path = URI.create(x.location()).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String shortName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
