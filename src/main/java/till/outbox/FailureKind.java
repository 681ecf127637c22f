package till.outbox;

/**
 * Why a send did not deliver its orders: the classified failure of the Odoo client plus the sender's own
 * {@link #SESSION_CLOSED}. The status and the outbox panel show these apart. Immutable.
 */
public enum FailureKind {
    /** The network or the server had a passing problem (down, timeout, 502, cut answer): try again later. */
    RETRYABLE("The server cannot be reached right now; the orders wait and are sent again by themselves."),
    /** The login was refused: retrying with the same password cannot help. */
    AUTHENTICATION("The server refused the login: the admin must re-enter the password."),
    /** The server forgot the session and logging in again did not work. */
    SESSION_EXPIRED("The server session expired and logging in again failed; the till keeps trying."),
    /** The server refused an order with a business error; that order waits for a person to decide. */
    REJECTED("The server refused an order; it waits in the outbox with the server's message."),
    /** The server is not the Odoo Till expects or is set up wrong. */
    MISCONFIGURED("The server is not set up as Till expects: the admin must check the server settings."),
    /**
     * The POS session of the orders was closed on the server. Odoo would file them silently into a rescue session,
     * so the till holds them until the admin decides.
     */
    SESSION_CLOSED("The POS session was closed on the server: the orders are held until the admin decides"
            + " (export them, or send them into a rescue session: till outbox release-held --session ID).");

    private final String advice;

    FailureKind(String advice) {
        this.advice = advice;
    }

    /** What it means for the cashier or the admin, in plain words. */
    public String advice() {
        return advice;
    }
}
