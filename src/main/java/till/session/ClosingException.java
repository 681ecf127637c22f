package till.session;

/**
 * Closing (or opening) a session on the server did not happen; the message is for a person (the server's own words
 * when it refused). Immutable.
 */
public final class ClosingException extends Exception {

    /** Why, in the closed set the screen and the command line act on. */
    public enum Kind {
        /** The server answered and said no (e.g. unposted entries, already closed): its message says why. */
        REFUSED,
        /** The server could not be reached or did not answer in time: try again. */
        UNREACHABLE,
        /** The configuration or the server is not usable (login refused, no such session, unknown version). */
        MISCONFIGURED
    }

    private final Kind kind;

    public ClosingException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
