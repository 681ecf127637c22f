package till.odoo;

import till.outbox.FailureKind;
import till.outbox.SendFailure;

/**
 * What a failed order call ({@code create_from_ui}, {@code sync_from_ui}) means for its orders, decided from what
 * the call met on the wire (docs/decisions/0160): a failure after the request began to go out, without Odoo's own
 * JSON-RPC verdict, is of unknown outcome; Odoo refusing an order as a duplicate key is "already stored". What an
 * accepted call's answer accounts for is {@link AnswerAccount}'s. Stateless.
 */
final class OrderOutcomes {

    /** PostgreSQL's words for a unique index refusing a second row; Odoo passes them on in its error message. */
    private static final String UNIQUE_VIOLATION = "duplicate key value violates unique constraint";

    private OrderOutcomes() {
    }

    /** The sender's failure for a failed order call. */
    static SendFailure ofCreate(OdooException e) {
        if (outcomeUnknown(e)) {
            return new SendFailure(FailureKind.OUTCOME_UNKNOWN, e.getMessage() + " The request had gone out, so the"
                    + " server may have stored the orders.", e);
        }
        if (refusedAsDuplicate(e)) {
            return new SendFailure(FailureKind.ALREADY_STORED, "The server refused the orders as already stored: "
                    + e.serverMessage().orElse(e.getMessage()).strip().lines().findFirst().orElse(""), e);
        }
        return new SendFailure(OdooOrderTransport.kind(e.kind()), e.getMessage(), e);
    }

    /**
     * Unknown: the request had begun to go out and no JSON-RPC answer of Odoo's came back (a timeout, a broken or
     * cancelled connection, a proxy's page, an unreadable body). Odoo's own error (an {@code error.code}) is a
     * verdict: its transaction was rolled back.
     */
    static boolean outcomeUnknown(OdooException e) {
        return e.requestWritten() && e.rpcCode() == 0 && e.kind() == OdooException.Kind.RETRYABLE;
    }

    /**
     * A unique index on the order reference (the airtight fix a shop may add) refused a second copy: Odoo names the
     * PostgreSQL error (psycopg2's {@code UniqueViolation}) or, through its RPC wrapper, passes PostgreSQL's words in a
     * ValidationError. No code tells it apart otherwise, so the words are read, as decision 0074 allows for Odoo's
     * untyped errors.
     */
    static boolean refusedAsDuplicate(OdooException e) {
        if (e.kind() != OdooException.Kind.REJECTED) {
            return false;
        }
        return e.serverErrorName().orElse("").endsWith("UniqueViolation")
                || e.serverMessage().orElse("").contains(UNIQUE_VIOLATION)
                || e.getMessage().contains(UNIQUE_VIOLATION);
    }
}
