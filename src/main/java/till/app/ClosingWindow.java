package till.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.cli.ConfiguredServer;
import till.closing.ClosingView;
import till.closing.ClosingViewModel;
import till.demoserver.DemoServer;
import till.i18n.Texts;
import till.odoo.Credentials;
import till.odoo.OdooSessionServer;
import till.sell.MoneyFormat;
import till.session.SessionServer;

/**
 * The closing screen in its own window over the till, and where its server comes from: the configured server of
 * {@code till.properties}, or the in-process demo server. FX thread only, apart from {@link #server}.
 */
final class ClosingWindow {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingWindow.class);

    private ClosingWindow() {
    }

    /**
     * The server that closes this till's session: the configured one (with the kept password), else the demo server;
     * empty when neither can be used. Reads the configuration file: not on the FX thread.
     */
    static Optional<SessionServer> server(Path dataDir, Optional<DemoServer> demo) {
        try {
            Optional<SessionServer> configured = new ConfigFileServer().sessions(dataDir, Optional.empty());
            if (configured.isPresent() || demo.isEmpty()) {
                return configured;
            }
        } catch (ConfiguredServer.Unusable e) {
            LOG.warn("the session cannot be closed from this till: {}", e.getMessage());
            return Optional.empty();
        }
        DemoServer server = demo.get();
        return Optional.of(OdooSessionServer.connecting(server.url(), new Credentials(server.database(),
                DemoServer.LOGIN, DemoServer.PASSWORD), Backends.DEMO_CONFIG_ID));
    }

    /** Shows the closing screen over {@code owner} and starts reading the session. */
    static Stage show(Window owner, ClosingViewModel model, Consumer<Runnable> managerGate, MoneyFormat money,
                      Texts texts) {
        return show(owner, model, managerGate, money, Optional.empty(), texts);
    }

    /**
     * Like {@link #show(Window, ClosingViewModel, Consumer, MoneyFormat, Texts)}, offering the opening of the next
     * session once closed.
     *
     * @param openNext shows the opening screen; the closing window closes first
     * @param texts    the till's own texts (the window's title)
     */
    static Stage show(Window owner, ClosingViewModel model, Consumer<Runnable> managerGate, MoneyFormat money,
                      Optional<Runnable> openNext, Texts texts) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(texts.get("window.closing"));
        stage.setScene(new Scene(new ClosingView(model, managerGate, money::format, openNext.map(open -> () -> {
            stage.close();
            open.run();
        })), 620, 760));
        stage.show();
        model.load();
        return stage;
    }
}
