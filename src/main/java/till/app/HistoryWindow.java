package till.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.demoserver.DemoServer;
import till.fx.Async;
import till.history.HistoryView;
import till.i18n.Texts;
import till.history.HistoryViewModel;
import till.history.QueueCopies;
import till.history.ReceiptCopies;
import till.odoo.Credentials;
import till.odoo.OdooServerOrders;
import till.sell.MoneyFormat;
import till.sell.SellView;
import till.session.ServerOrders;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;

/**
 * The order history in its own window over the till, where its server search comes from (the configured server with
 * the kept password, else the in-process demo server), and its Reprint on the till's print queue. FX thread only,
 * apart from {@link #server}.
 */
final class HistoryWindow {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryWindow.class);

    private HistoryWindow() {
    }

    /**
     * The server whose orders of earlier sessions the history searches; empty without a server or a kept password.
     * Reads the configuration file: not on the FX thread.
     */
    static Optional<ServerOrders> server(Path dataDir, Optional<DemoServer> demo) {
        ConfigFile file = new ConfigFile(dataDir);
        if (file.exists()) {
            try {
                TillConfig config = file.read();
                Optional<String> password = new PasswordFile(dataDir).read();
                if (password.isEmpty()) {
                    LOG.info("the order history cannot search the server: the password was not kept");
                    return Optional.empty();
                }
                return Optional.of(OdooServerOrders.connecting(config.server(), new Credentials(config.database(),
                        config.login(), password.get()), config.posConfigId()));
            } catch (ConfigException e) {
                LOG.warn("the order history cannot search the server: {}", e.getMessage());
                return Optional.empty();
            }
        }
        return demo.map(server -> OdooServerOrders.connecting(server.url(), new Credentials(server.database(),
                DemoServer.LOGIN, DemoServer.PASSWORD), Backends.DEMO_CONFIG_ID));
    }

    /** Reprint through the till's print queue (a copy marked DUPLICATE), queued off the FX thread. */
    static ReceiptCopies copies(TillPrinting printing, Async async, Supplier<Window> owner) {
        if (printing.queue().isEmpty()) {
            return ReceiptCopies.NONE;
        }
        ScreenPrinting screen = new ScreenPrinting(printing, async, owner);
        return new QueueCopies(printing.queue().get(), async, screen.showable() ? screen::show : null);
    }

    /** Shows the history over {@code owner}, times in the machine's zone, and starts reading the session's orders. */
    static Stage show(Window owner, HistoryViewModel model, MoneyFormat money, Texts texts) {
        return show(owner, model, money, texts, ZoneId.systemDefault());
    }

    /** Shows the history over {@code owner}, times in the shop's zone, and starts reading the session's orders. */
    static Stage show(Window owner, HistoryViewModel model, MoneyFormat money, Texts texts, ZoneId zone) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(texts.get("window.history"));
        HistoryView view = new HistoryView(model, money, zone);
        // The receipt's paper and the controls take their colours from the till's palette, defined under .till.
        view.getStyleClass().add("till");
        view.getStylesheets().add(SellView.class.getResource("till.css").toExternalForm());
        stage.setScene(new Scene(view, 900, 680));
        stage.show();
        model.load();
        return stage;
    }
}
