package till.session;

import java.util.List;

/** What an attempt to close a session came to on the till's side. Immutable. */
public sealed interface ClosingOutcome {

    /** Not closed: these orders of the session are not confirmed by the server yet. */
    record Refused(List<UnsentOrder> unsent) implements ClosingOutcome {
        public Refused {
            unsent = List.copyOf(unsent);
        }
    }

    /** Closed on the server. */
    record Closed(ZReport report) implements ClosingOutcome {
    }
}
