package till.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import till.outbox.OrderTransport;
import till.outbox.SenderOptions;
import till.session.CashMoveServer;
import till.refunds.ServerRefunds;
import till.session.SessionServer;

/**
 * The Odoo server a data directory is set up for, as the commands that send orders need it. A seam, because the
 * configuration lives in a package that depends on this one. Implementations are thread-safe.
 */
public interface ConfiguredServer {

    /** No server: commands work on the local store only. */
    ConfiguredServer NONE = (dataDir, passwordFile) -> Optional.empty();

    /**
     * The transport to the configured server; it logs in on its first send. Empty when no server is configured.
     *
     * @param passwordFile a file holding the password, or empty to use the kept one
     * @throws Unusable with words for a person when the configuration or the password cannot be used
     */
    Optional<Connection> connect(Path dataDir, Optional<Path> passwordFile) throws Unusable;

    /**
     * The POS sessions of the configured server, for {@code till session}; it logs in on its first call. Empty when
     * no server is configured (and for configurations that only send orders).
     *
     * @param passwordFile a file holding the password, or empty to use the kept one
     * @throws Unusable with words for a person when the configuration or the password cannot be used
     */
    default Optional<SessionServer> sessions(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        return Optional.empty();
    }

    /**
     * Where {@code till session cash-in|cash-out} sends cash moves, logging in on its first call. Empty when no
     * server is configured.
     *
     * @param passwordFile a file holding the password, or empty to use the kept one
     * @throws Unusable with words for a person when the configuration or the password cannot be used
     */
    default Optional<CashMoveServer> cashMoves(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        return Optional.empty();
    }

    /**
     * What the configured server says was refunded of an order's lines, for {@code till refund}; it logs in on its
     * first question. Empty when no server is configured.
     *
     * @param passwordFile a file holding the password, or empty to use the kept one
     * @throws Unusable with words for a person when the configuration or the password cannot be used
     */
    default Optional<ServerRefunds> refunds(Path dataDir, Optional<Path> passwordFile) throws Unusable {
        return Optional.empty();
    }

    /**
     * A transport, the address it goes to (for messages) and the server's request time limit, which the sender waits
     * out before it looks up orders of unknown outcome. Immutable.
     */
    record Connection(String address, OrderTransport transport, Duration settle) {

        /** A connection to a server with Odoo's default request time limit. */
        public Connection(String address, OrderTransport transport) {
            this(address, transport, SenderOptions.DEFAULT_SETTLE);
        }
    }

    /** The configuration exists but cannot be used; the message says what to do. */
    final class Unusable extends Exception {
        public Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
