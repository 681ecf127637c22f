package till.session;

import java.math.BigDecimal;

/**
 * A POS session as the server sees it when the till is about to close or open it. Immutable.
 *
 * @param state       Odoo's word: {@code opening_control}, {@code opened}, {@code closing_control}, {@code closed}
 * @param openingCash the opening cash count ({@code cash_register_balance_start}), zero where the server has none;
 *                    in {@code opening_control} the cash the server expects (the last closing's count)
 */
public record ServerSession(long id, String name, String state, BigDecimal openingCash) {

    /** Whether the session waits for its opening cash count ({@code opening_control}, 15+ and 14 with cash control). */
    public boolean openingControl() {
        return state.equals("opening_control");
    }

    /** Whether the session is already closed (or being closed) on the server. */
    public boolean closed() {
        return state.equals("closed") || state.equals("closing_control");
    }
}
