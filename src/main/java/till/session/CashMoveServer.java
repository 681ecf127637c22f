package till.session;

/**
 * The server side of cash moves, a port that the Odoo client implements with the calls of the server's version. Every
 * method blocks on the network (never on the JavaFX thread). Implementations are thread-safe.
 */
public interface CashMoveServer {

    /** Books the move into its session on the server, as the web POS of the server's version does. */
    void send(CashMove move) throws CashMoveException;

    /** Whether the server holds the move already (looked up by its reference). */
    boolean holds(CashMove move) throws CashMoveException;
}
