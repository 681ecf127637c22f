package till.session;

import java.util.Optional;

/**
 * The server side of closing and opening a POS session, a port that the Odoo client implements with the calls of the
 * server's version. Every method blocks on the network (never on the JavaFX thread). Implementations are thread-safe.
 * The opening methods have defaults that refuse, for servers (and test doubles) that only close.
 */
public interface SessionServer {

    /** The session as the server sees it now. */
    ServerSession session(long sessionId) throws ClosingException;

    /** Closes the session on the server as the web POS of its version does; returns once the server said so. */
    void close(ClosingRequest request) throws ClosingException;

    /** The POS configuration's session that is opened or waits for its opening cash; empty when none is. */
    default Optional<ServerSession> current() throws ClosingException {
        throw cannotOpen();
    }

    /** Creates the configuration's next session as the dashboard's button does, unless one is open. */
    default void create() throws ClosingException {
        throw cannotOpen();
    }

    /** Counts the opening cash of a session in {@code opening_control} and opens it, as the version's POS does. */
    default void open(OpeningRequest request) throws ClosingException {
        throw cannotOpen();
    }

    private static ClosingException cannotOpen() {
        return new ClosingException(ClosingException.Kind.MISCONFIGURED, "This server cannot open POS sessions.",
                null);
    }
}
