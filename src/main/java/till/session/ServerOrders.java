package till.session;

import java.util.List;

/**
 * The server's paid orders of this till's POS configuration, searched as the web POS of the server's version searches
 * them (its order list), a port that {@code till.odoo} implements. Implementations are thread-safe and block on the
 * network: never call them on the JavaFX thread.
 */
public interface ServerOrders {

    /** The most orders one search shows: the web POS pages by 30-80 too. */
    int LIMIT = 80;

    /**
     * The orders whose reference or customer's name contains {@code text} (every order when blank), newest first, at
     * most {@code limit}.
     *
     * @throws ServerSearchException when the server cannot be reached or refuses the search, with why in words
     */
    List<ServerOrder> search(String text, int limit) throws ServerSearchException;
}
