package till.session;

import till.order.PaidOrder;
import till.outbox.OutboxState;

/**
 * One paid order of a POS session as the till's store holds it, with where it stands on its way to the server.
 * Immutable.
 *
 * @param lastError the server's or the network's last word on it, or empty
 */
public record SessionOrder(PaidOrder order, OutboxState state, String lastError) {

    public SessionOrder {
        lastError = lastError == null ? "" : lastError;
    }

    /** Whether the server confirmed it: only then is it safe to close the session it belongs to. */
    public boolean confirmed() {
        return state == OutboxState.SENT;
    }
}
