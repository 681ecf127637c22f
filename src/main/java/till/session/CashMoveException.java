package till.session;

/** Why a cash move's send or lookup did not come through, in the sender's closed set of kinds. Immutable. */
public final class CashMoveException extends Exception {

    /** What the sender does about it. */
    public enum Kind {
        /** Nothing reached the server (refused connection, login failed, not configured): send it again later. */
        NOT_SENT,
        /** The request went out without a complete answer: it may be booked. Look it up before any resend. */
        OUTCOME_UNKNOWN,
        /** The server answered that it will not book it (its words); a person must see to it. */
        REJECTED
    }

    private final Kind kind;

    public CashMoveException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
