package till.odoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;

/**
 * What one JSON-RPC request met on the wire, as {@link Failures} needs it to decide. Immutable.
 *
 * @param server          the server address as the admin typed it (for messages; never holds a session id)
 * @param route           the path, e.g. {@code /web/session/authenticate}
 * @param timeout         the whole-call deadline
 * @param transportError  the I/O failure before a complete answer was read (an answer over its cap included), or null
 * @param cancelled       whether the caller cancelled the call
 * @param status          the HTTP status, 0 without an answer
 * @param contentType     the answer's Content-Type, or empty
 * @param json            the parsed body, or null when there was none or it did not parse
 * @param parseError      why the body did not parse as JSON, or null
 * @param location        where a redirect (3xx) points, as an absolute address, or empty
 * @param requestWritten  whether OkHttp began to write the request before the call ended: from then on the server
 *                        may have received it (an answer of any kind implies it)
 */
record Exchange(String server, String route, Duration timeout, IOException transportError, boolean cancelled,
                int status, String contentType, JsonNode json, JsonProcessingException parseError, String location,
                boolean requestWritten) {

    /** An answer that is not a redirect (or none, {@code status} 0, with nothing written). */
    Exchange(String server, String route, Duration timeout, IOException transportError, boolean cancelled,
             int status, String contentType, JsonNode json, JsonProcessingException parseError) {
        this(server, route, timeout, transportError, cancelled, status, contentType, json, parseError, "", status > 0);
    }

    /** A redirect: an answer, so the request was written. */
    Exchange(String server, String route, Duration timeout, IOException transportError, boolean cancelled,
             int status, String contentType, JsonNode json, JsonProcessingException parseError, String location) {
        this(server, route, timeout, transportError, cancelled, status, contentType, json, parseError, location, true);
    }

    static Exchange failed(String server, String route, Duration timeout, IOException error, boolean cancelled) {
        return failed(server, route, timeout, error, cancelled, false);
    }

    /** A call that ended without an answer; {@code written}: after OkHttp began to write the request. */
    static Exchange failed(String server, String route, Duration timeout, IOException error, boolean cancelled,
                           boolean written) {
        return new Exchange(server, route, timeout, error, cancelled, 0, "", null, null, "", written);
    }

    boolean jsonContent() {
        return contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    /** Whether the answer is a redirect, which Till never follows (a POST would come back as a GET). */
    boolean redirect() {
        return status >= 300 && status < 400;
    }

    /** The JSON-RPC {@code error} object, or a missing node. */
    JsonNode error() {
        return json == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : json.path("error");
    }
}
