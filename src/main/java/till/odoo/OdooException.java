package till.odoo;

import java.util.Optional;

/**
 * A call to Odoo that did not produce a result, already classified into a {@link Kind} and worded for a cashier or
 * an admin, with what the call met on the wire as plain fields ({@link #transport()}, {@link #httpStatus()},
 * {@link #rpcCode()}, {@link #serverErrorName()}) so that callers decide from those, never from the words. It never
 * carries a password or a session id. Immutable.
 */
public final class OdooException extends Exception {

    /** What the caller should do about a failure; the closed set every state machine and view works with. */
    public enum Kind {
        /** The network or the server had a passing problem (down, timeout, proxy 502, cut answer): try again later. */
        RETRYABLE,
        /** The login was refused (wrong password, unknown database): an admin must re-enter the settings. */
        AUTHENTICATION,
        /**
         * The server forgot the session (JSON-RPC code 100). {@link OdooClient} logs in again and retries once by
         * itself, so callers only see it when that was impossible.
         */
        SESSION_EXPIRED,
        /** The server refused this request (a business error such as a UserError); its message says why. */
        REJECTED,
        /**
         * The server is not the Odoo Till expects or is set up wrong (not Odoo, unsupported version, route missing,
         * proxy misrouting, unverifiable TLS certificate): retrying will not help until an admin fixes it.
         */
        MISCONFIGURED
    }

    /** How a call failed before a complete answer came back, from the type of the I/O failure. Immutable. */
    public enum Transport {
        /** The server's name could not be resolved. */
        DNS,
        /** Nothing answered at the address: connection refused, or no route to the host. */
        REFUSED,
        /** No complete answer within the call's deadline. */
        TIMEOUT,
        /** The secure connection (TLS) could not be made, e.g. an untrusted certificate. */
        TLS,
        /** The connection broke off before the answer was complete. */
        BROKEN,
        /** The caller cancelled the call. */
        CANCELLED,
        /** A complete answer came back (or the failure did not come from a call). */
        NONE
    }

    /**
     * What a call met on the wire, as {@link Failures} found it. Immutable.
     *
     * @param transport  how it failed before a complete answer, or {@link Transport#NONE}
     * @param httpStatus the HTTP status of the answer, 0 without one
     * @param rpcCode    the JSON-RPC {@code error.code} (100, 200, 404), 0 without one
     */
    public record Wire(Transport transport, int httpStatus, int rpcCode) {

        /** A failure that did not come from a call (a refused version, a check of a value). */
        public static final Wire NONE = new Wire(Transport.NONE, 0, 0);
    }

    private final Kind kind;
    private final String serverMessage;
    private final String serverErrorName;
    private final Wire wire;
    private final boolean requestWritten;

    /**
     * As {@link Failures} builds it from a finished call; tests use it to build a failure as the classifier would.
     *
     * @param message          plain words for a person, without secrets
     * @param wire             what the call met on the wire
     * @param serverMessage    Odoo's own {@code error.data.message}, or null
     * @param serverErrorName  Odoo's {@code error.data.name} (e.g. {@code odoo.exceptions.UserError}), or null
     */
    public OdooException(Kind kind, String message, Wire wire, String serverMessage, String serverErrorName,
                         Throwable cause) {
        this(kind, message, wire, serverMessage, serverErrorName, cause, false);
    }

    private OdooException(Kind kind, String message, Wire wire, String serverMessage, String serverErrorName,
                          Throwable cause, boolean requestWritten) {
        super(message, cause);
        this.kind = kind;
        this.wire = wire;
        this.serverMessage = serverMessage;
        this.serverErrorName = serverErrorName;
        this.requestWritten = requestWritten;
    }

    /**
     * The same failure of a call whose request had begun to be written when it ended, as {@link Failures} found it;
     * tests use it to build one as the classifier would.
     */
    public OdooException afterRequestWritten() {
        OdooException copy = new OdooException(kind, getMessage(), wire, serverMessage, serverErrorName, getCause(),
                true);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * A failure with Odoo's words but nothing known about the wire.
     *
     * @param message          plain words for a person, without secrets
     * @param serverMessage    Odoo's own {@code error.data.message}, or null
     * @param serverErrorName  Odoo's {@code error.data.name} (e.g. {@code odoo.exceptions.UserError}), or null
     */
    public OdooException(Kind kind, String message, String serverMessage, String serverErrorName, Throwable cause) {
        this(kind, message, Wire.NONE, serverMessage, serverErrorName, cause);
    }

    public OdooException(Kind kind, String message) {
        this(kind, message, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Odoo's own words ({@code error.data.message}), when the server gave any. */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    /** Odoo's exception class name ({@code error.data.name}), when the server gave one. */
    public Optional<String> serverErrorName() {
        return Optional.ofNullable(serverErrorName);
    }

    public Wire wire() {
        return wire;
    }

    /** How the call failed before a complete answer came back; {@link Transport#NONE} when an answer came. */
    public Transport transport() {
        return wire.transport();
    }

    /** The HTTP status of the answer, 0 when there was none. */
    public int httpStatus() {
        return wire.httpStatus();
    }

    /** The JSON-RPC {@code error.code} (100 session expired, 200 server error, 404 no route), 0 when none. */
    public int rpcCode() {
        return wire.rpcCode();
    }

    /**
     * Whether the request had begun to be written to the connection when the call ended (always, once any answer
     * came): the server may have received it and may still be working on it. False for a failure before that
     * (refused, DNS, TLS, a connect timeout, a cancel before the call started) and for failures made outside a call.
     */
    public boolean requestWritten() {
        return requestWritten;
    }

    public boolean retryable() {
        return kind == Kind.RETRYABLE;
    }
}
