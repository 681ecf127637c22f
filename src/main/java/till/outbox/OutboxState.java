package till.outbox;

/** Where a paid order stands on its way to the server. Immutable. */
public enum OutboxState {
    /** Paid and durably stored; not confirmed by the server yet. */
    WAITING,
    /** A send that includes it is in flight. */
    SENDING,
    /** The server confirmed it (or reported it as already stored). */
    SENT,
    /** The server refused it with a business error; it waits for a person to decide. */
    REJECTED,
    /**
     * A send that included it failed after its request may have reached the server (no answer in time, the
     * connection broke, a proxy's 502/504, an unreadable answer): the server may have stored it, or may still be
     * storing it. It is not sent again until the server can no longer be working on that call (the settle time) and
     * a lookup did not find it there (docs/decisions/0160).
     */
    UNKNOWN;

    /** The lower-case word used in JSON and on the command line. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
