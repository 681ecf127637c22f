package till.session;

/**
 * The server side of closing a POS session, a port that the Odoo client implements with the calls of the server's
 * version. Every method blocks on the network (never on the JavaFX thread). Implementations are thread-safe.
 */
public interface SessionServer {

    /** The session as the server sees it now. */
    ServerSession session(long sessionId) throws ClosingException;

    /** Closes the session on the server as the web POS of its version does; returns once the server said so. */
    void close(ClosingRequest request) throws ClosingException;
}
