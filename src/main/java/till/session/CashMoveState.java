package till.session;

import java.util.Locale;

/** Where a cash move stands on its way to the server. Immutable. */
public enum CashMoveState {
    /** Recorded on the till, not sent yet (or sent and certainly not received: the connection was refused). */
    WAITING,
    /** A send is under way; found at start-up it means the till stopped mid-send: looked up before any resend. */
    SENDING,
    /** The send had no answer: it may be on the server. Looked up there, resent only when certainly absent. */
    UNKNOWN,
    /** The server confirmed it (answered, or the lookup found it). */
    SENT,
    /** The server refused it in its words; a person must see to it. */
    REJECTED;

    /** The lower-case word the command line and the JSON use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the sender still has work with it. */
    public boolean open() {
        return this == WAITING || this == SENDING || this == UNKNOWN;
    }
}
