package till.session;

import java.util.List;

/** What an attempt to close a session came to on the till's side. Immutable. */
public sealed interface ClosingOutcome {

    /** Not closed: these orders and cash moves of the session are not confirmed by the server yet. */
    record Refused(List<UnsentOrder> unsent, List<CashMove> unsentCashMoves) implements ClosingOutcome {
        public Refused {
            unsent = List.copyOf(unsent);
            unsentCashMoves = List.copyOf(unsentCashMoves);
        }

        /** Refused for unsent orders only. */
        public Refused(List<UnsentOrder> unsent) {
            this(unsent, List.of());
        }
    }

    /** Closed on the server. */
    record Closed(ZReport report) implements ClosingOutcome {
    }
}
