package till.session;

import java.util.Locale;
import till.outbox.OutboxState;

/**
 * Where a paid order stands on its way to the server, in the words the outbox panel uses, with "held" told apart: a
 * waiting order whose last send found its POS session closed on the server (the outbox keeps it waiting until the
 * admin decides, decision 0061). Immutable.
 */
public enum SendingState {
    WAITING("waiting"),
    SENDING("sending"),
    UNKNOWN("unknown outcome"),
    SENT("sent"),
    REJECTED("rejected"),
    HELD("held");

    /** The start of the words {@code OdooOrderTransport} stores on an order of a closed session. */
    private static final String CLOSED_SESSION = "session ";

    private final String word;

    SendingState(String word) {
        this.word = word;
    }

    /** The word the cashier reads, and scripts get in JSON. */
    public String word() {
        return word;
    }

    /** The state of an order from its outbox state and last error. */
    public static SendingState of(OutboxState state, String lastError) {
        return switch (state) {
            case WAITING -> held(lastError) ? HELD : WAITING;
            case SENDING -> SENDING;
            case UNKNOWN -> UNKNOWN;
            case SENT -> SENT;
            case REJECTED -> REJECTED;
        };
    }

    /**
     * The outbox has no state of its own for a held order: it waits, with the transport's words "Session NAME is
     * closed on the server; ..." (or "closing control") as its last error.
     */
    private static boolean held(String lastError) {
        String words = lastError == null ? "" : lastError.toLowerCase(Locale.ROOT);
        return words.startsWith(CLOSED_SESSION) && (words.contains(" is closed on the server")
                || words.contains(" is closing control on the server"));
    }
}
