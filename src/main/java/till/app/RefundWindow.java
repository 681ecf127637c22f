package till.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.cli.ConfiguredServer;
import till.demoserver.DemoServer;
import till.i18n.Texts;
import till.odoo.Credentials;
import till.odoo.OdooServerRefunds;
import till.refund.RefundView;
import till.refund.RefundViewModel;
import till.refunds.ServerRefunds;

/**
 * The refund screen in its own window over the till, and who tells it what the server already refunded: the
 * configured server of {@code till.properties}, or the in-process demo server. FX thread only, apart from
 * {@link #serverRefunds}.
 */
final class RefundWindow {

    private static final Logger LOG = LoggerFactory.getLogger(RefundWindow.class);

    private RefundWindow() {
    }

    /** The server's refunded quantities, or none (the till's own count stands alone). Reads the configuration file. */
    static ServerRefunds serverRefunds(Path dataDir, Optional<DemoServer> demo) {
        try {
            Optional<ServerRefunds> configured = new ConfigFileServer().refunds(dataDir, Optional.empty());
            if (configured.isPresent()) {
                return configured.get();
            }
        } catch (ConfiguredServer.Unusable e) {
            LOG.warn("refunds are checked against this till's own refunds only: {}", e.getMessage());
            return ServerRefunds.NONE;
        }
        return demo.<ServerRefunds>map(server -> OdooServerRefunds.connecting(server.url(), new Credentials(
                server.database(), DemoServer.LOGIN, DemoServer.PASSWORD), Backends.DEMO_CONFIG_ID))
                .orElse(ServerRefunds.NONE);
    }

    /** Shows the refund screen over {@code owner}; with an order given (the order history's entry), opens it. */
    static Stage show(Window owner, RefundViewModel model, Optional<String> order, Texts texts) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(texts.get("window.refund"));
        stage.setScene(new Scene(new RefundView(model), 560, 560));
        stage.show();
        order.ifPresent(model::open);
        return stage;
    }
}
