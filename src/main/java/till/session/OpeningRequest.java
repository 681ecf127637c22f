package till.session;

import java.math.BigDecimal;

/**
 * What the till tells the server when it opens a session: the cash counted in the drawer and the opening note.
 * Immutable.
 *
 * @param note the opening note ({@code opening_notes}), may be empty
 */
public record OpeningRequest(long sessionId, BigDecimal countedCash, String note) {

    public OpeningRequest {
        note = note == null ? "" : note;
    }
}
