package till.odoo;

import java.util.Optional;

/**
 * A call to Odoo that did not produce a result, already classified into a {@link Kind} and worded for a cashier or
 * an admin. It never carries a password or a session id. Immutable.
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

    private final Kind kind;
    private final String serverMessage;
    private final String serverErrorName;

    /**
     * @param message          plain words for a person, without secrets
     * @param serverMessage    Odoo's own {@code error.data.message}, or null
     * @param serverErrorName  Odoo's {@code error.data.name} (e.g. {@code odoo.exceptions.UserError}), or null
     */
    public OdooException(Kind kind, String message, String serverMessage, String serverErrorName, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.serverMessage = serverMessage;
        this.serverErrorName = serverErrorName;
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

    public boolean retryable() {
        return kind == Kind.RETRYABLE;
    }
}
