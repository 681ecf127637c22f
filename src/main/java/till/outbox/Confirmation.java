package till.outbox;

import java.util.Locale;

/** How the server confirmed that it holds a paid order: the outbox says which, honestly. Immutable. */
public enum Confirmation {
    /** The answer to the call that sent it named it. */
    ANSWER,
    /** A lookup found it on the server: its send had no usable answer, or the answer left it out. */
    LOOKUP;

    /** The lower-case word used in JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
