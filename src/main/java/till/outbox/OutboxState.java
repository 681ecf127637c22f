package till.outbox;

/** Where a paid order stands on its way to the server. */
public enum OutboxState {
    /** Paid and durably stored; not confirmed by the server yet. */
    WAITING,
    /** A send that includes it is in flight. */
    SENDING,
    /** The server confirmed it (or reported it as already stored). */
    SENT,
    /** The server refused it with a business error; it waits for a person to decide. */
    REJECTED;

    /** The lower-case word used in JSON and on the command line. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
