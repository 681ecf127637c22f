package till.demoserver;

import java.util.List;

/**
 * An error the demo server answers in the JSON-RPC error shape of the real server: code, message, {@code data.name}
 * and {@code data.message}. Immutable.
 */
final class OdooError extends RuntimeException {

    static final String SERVER_ERROR = "Odoo Server Error";
    private static final String NOT_FOUND_TEXT = "404 Not Found: The requested URL was not found on the server. If"
            + " you entered the URL manually please check your spelling and try again.";

    private final int code;
    private final String rpcMessage;
    private final String name;
    private final boolean withArguments;
    private final int httpStatus;
    private final boolean withoutId;

    private OdooError(int code, String rpcMessage, String name, String message, boolean withArguments,
            int httpStatus) {
        this(code, rpcMessage, name, message, withArguments, httpStatus, false);
    }

    private OdooError(int code, String rpcMessage, String name, String message, boolean withArguments,
            int httpStatus, boolean withoutId) {
        super(message, null, false, false);
        this.code = code;
        this.rpcMessage = rpcMessage;
        this.name = name;
        this.withArguments = withArguments;
        this.httpStatus = httpStatus;
        this.withoutId = withoutId;
    }

    /** A Python exception raised inside a controller or model: code 200, HTTP 200. */
    static OdooError server(String name, String message) {
        return new OdooError(200, SERVER_ERROR, name, message, true, 200);
    }

    static OdooError accessDenied() {
        return server("odoo.exceptions.AccessDenied", "Access Denied");
    }

    static OdooError unknownDatabase(String db) {
        return server("psycopg2.OperationalError", "connection to server at \"127.0.0.1\", port 5432 failed: FATAL: "
                + " database \"" + db + "\" does not exist\n");
    }

    static OdooError sessionExpired() {
        return new OdooError(100, "Odoo Session Expired", "odoo.http.SessionExpiredException", "Session expired",
                true, 200);
    }

    static OdooError unknownModel(String model) {
        return server("builtins.KeyError", model);
    }

    static OdooError validation(String message) {
        return server("odoo.exceptions.ValidationError", message);
    }

    static OdooError valueError(String message) {
        return server("builtins.ValueError", message);
    }

    static OdooError notFound() {
        return new OdooError(404, "404: Not Found", "werkzeug.exceptions.NotFound", NOT_FOUND_TEXT, false, 404);
    }

    /**
     * 18's {@code call_kw} on an unknown model: the controller turns the KeyError into a NotFound inside a normal
     * JSON-RPC answer, HTTP 200 and no {@code id} (v18 910).
     */
    static OdooError notFoundInBody() {
        return new OdooError(404, "404: Not Found", "werkzeug.exceptions.NotFound", NOT_FOUND_TEXT, false, 200, true);
    }

    /** Python's {@code KeyError} for a missing dict key (17's {@code date_order}, 18's {@code lines}). */
    static OdooError keyError(String key) {
        return server("builtins.KeyError", key);
    }

    /** Whether the answer leaves out the request's id (null), as Odoo does for errors raised outside the call. */
    boolean withoutId() {
        return withoutId;
    }

    int code() {
        return code;
    }

    String rpcMessage() {
        return rpcMessage;
    }

    String name() {
        return name;
    }

    List<String> arguments() {
        return withArguments ? List.of(getMessage()) : List.of();
    }

    int httpStatus() {
        return httpStatus;
    }

    /** The last traceback line, as Python prints it: the module prefix is dropped for builtins. */
    String tracebackTail() {
        String shortName = name.startsWith("builtins.") ? name.substring("builtins.".length()) : name;
        String text = name.equals("builtins.KeyError") ? "'" + getMessage() + "'" : getMessage().strip();
        return shortName + ": " + text;
    }
}
