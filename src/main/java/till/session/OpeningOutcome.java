package till.session;

import java.math.BigDecimal;

/** How a request to open the next session ended. Immutable. */
public sealed interface OpeningOutcome {

    /**
     * The session is open on the server with this opening cash.
     *
     * @param session  the session as the server reads it after the opening (its final name, {@code opened})
     * @param expected the cash the server expected (the last closing's count), zero where it has none
     * @param counted  the cash counted and sent
     */
    record Opened(ServerSession session, BigDecimal expected, BigDecimal counted, String note)
            implements OpeningOutcome {

        /** Counted minus expected. */
        public BigDecimal difference() {
            return counted.subtract(expected);
        }
    }

    /** Refused: a session of the configuration is already open and past its opening cash count. */
    record AlreadyOpen(ServerSession session) implements OpeningOutcome {
    }
}
