package till.app;

import java.nio.file.Path;
import till.odoo.Credentials;
import till.odoo.OdooOrderTransport;
import till.outbox.RescueApprovals;
import till.setup.TillConfig;

/**
 * The one way the till builds the transport that sends paid orders to a server set up in {@code till.properties}:
 * used by the till's window ({@link Backends}) and by the commands that send ({@code till simulate},
 * {@code till outbox resend}, through {@link ConfigFileServer}), so both log in and send alike. Stateless.
 */
final class OrderTransports {

    private OrderTransports() {
    }

    /**
     * A transport to the configured server; it logs in on its first send, and sends the orders of a closed POS session
     * once the admin released that session ({@code till outbox release-held}, read from the data directory).
     */
    static OdooOrderTransport toServer(TillConfig config, String password, Path dataDir) {
        return OdooOrderTransport.connecting(config.server(), new Credentials(config.database(), config.login(),
                password), config.posConfigId(), new RescueApprovals(dataDir)::approved, config.settle());
    }
}
