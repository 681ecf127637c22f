package till.session;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the till tells the server when it closes a session, as the web POS of each version sends it. Immutable.
 *
 * @param countedCash    the cash counted in the drawer
 * @param bankMethodIds  the non-cash methods; the till does not count them, so their difference is zero
 * @param note           the closing note ({@code closing_notes}), may be empty
 */
public record ClosingRequest(long sessionId, BigDecimal countedCash, List<Long> bankMethodIds, String note) {

    public ClosingRequest {
        bankMethodIds = List.copyOf(bankMethodIds);
        note = note == null ? "" : note;
    }
}
