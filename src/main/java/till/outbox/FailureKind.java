package till.outbox;

/**
 * Why a send did not deliver its orders: the classified failure of the Odoo client plus the sender's own
 * {@link #SESSION_CLOSED}. The status and the outbox panel show these apart. Immutable.
 */
public enum FailureKind {
    /**
     * The network or the server had a passing problem before the orders could have reached the server (refused,
     * DNS, a connect timeout, Odoo's own error answer): try again later.
     */
    RETRYABLE("The server cannot be reached right now; the orders wait and are sent again by themselves."),
    /**
     * The call failed after its request may have reached the server (no answer in time, the connection broke, a
     * proxy's 502/504, an answer that cannot be read): the server may have stored the orders, or may still be storing
     * them. They are not sent again before the till has checked (docs/decisions/0160).
     */
    OUTCOME_UNKNOWN("The server may have received these orders but did not confirm them; the till checks whether it"
            + " has them before it sends any of them again."),
    /**
     * The server refused to store an order because it already holds one with the same reference (a unique index on
     * it): the till confirms that order with a lookup instead of counting it as refused.
     */
    ALREADY_STORED("The server already holds an order with this reference; the till confirms it with a lookup."),
    /**
     * The till could not write down what the server said (the disk is full or failing): it stops sending until it
     * can, and checks with the server before it sends any of those orders again.
     */
    STORE_FAILED("The till could not save what the server confirmed: free some disk space. Sending stops until the"
            + " till can save again; no order is sent twice."),
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
