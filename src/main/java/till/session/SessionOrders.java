package till.session;

import java.util.List;

/**
 * The paid orders of one POS session in the till's own store, a port that the store implements. Implementations are
 * thread-safe and block on the disk.
 */
public interface SessionOrders {

    /** The session's paid orders (their uid starts with the session id), oldest first. */
    List<SessionOrder> of(long sessionId);
}
