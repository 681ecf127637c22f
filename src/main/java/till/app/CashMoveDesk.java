package till.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.cashmove.CashMoveView;
import till.cashmove.CashMoveViewModel;
import till.cli.ConfiguredServer;
import till.demoserver.DemoServer;
import till.fx.Async;
import till.i18n.Texts;
import till.odoo.Credentials;
import till.odoo.OdooCashMoveServer;
import till.outbox.SenderOptions;
import till.sell.MoneyFormat;
import till.session.CashMove;
import till.session.CashMoveBook;
import till.session.CashMoveSender;
import till.session.CashMoveServer;
import till.session.CashMoves;
import till.worker.Backoff;
import till.worker.WakeableSleeper;
import till.worker.Worker;

/**
 * The till's cash in / out: the book that records a move (and wakes the sender), the sender's worker
 * ({@code cash-move-sender}), the screen's model and window, and where the server comes from (the configured one,
 * else the demo server). Start it with the other connections, close it before the store. Thread-safe; the window
 * methods FX thread only.
 */
final class CashMoveDesk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CashMoveDesk.class);
    private static final Duration STOP_BOUND = Duration.ofSeconds(5);

    private final Worker worker;
    private final CashMoveBook book;

    CashMoveDesk(CashMoves moves, CashMoveServer server, Clock clock) {
        this.worker = new Worker("cash-move-sender", new CashMoveSender(moves, server, clock,
                SenderOptions.DEFAULT_SETTLE, Backoff.standard()), new WakeableSleeper(), Backoff.standard(), clock);
        this.book = new CashMoveBook(moves, clock, worker::wake);
    }

    /**
     * The server cash moves go to: the configured one (with the kept password), else the demo server; empty when
     * neither can be used. Reads the configuration file: not on the FX thread.
     */
    static Optional<CashMoveServer> server(Path dataDir, Optional<DemoServer> demo) {
        try {
            Optional<CashMoveServer> configured = new ConfigFileServer().cashMoves(dataDir, Optional.empty());
            if (configured.isPresent() || demo.isEmpty()) {
                return configured;
            }
        } catch (ConfiguredServer.Unusable e) {
            LOG.warn("cash moves cannot be sent from this till: {}", e.getMessage());
            return Optional.empty();
        }
        DemoServer server = demo.get();
        return Optional.of(OdooCashMoveServer.connecting(server.url(), new Credentials(server.database(),
                DemoServer.LOGIN, DemoServer.PASSWORD)));
    }

    void start() {
        worker.start();
    }

    /** Sends what waits now (the closing screen's "Send now"). */
    void wake() {
        worker.wake();
    }

    /**
     * A fresh screen model for the session in the till's language; {@code afterRecorded} runs on {@code io} (the
     * drawer, the slip).
     */
    CashMoveViewModel model(long sessionId, Consumer<CashMove> afterRecorded, Executor io, Executor ui,
                            Locale locale, MoneyFormat money) {
        return new CashMoveViewModel(book, sessionId, afterRecorded, new Async(io, ui), locale, money::format);
    }

    /** Shows the cash in / out screen over {@code owner}. FX thread only. */
    static Stage show(Window owner, CashMoveViewModel model, Texts texts) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(texts.get("window.cash.move"));
        stage.setScene(new Scene(new CashMoveView(model), 480, 360));
        stage.show();
        return stage;
    }

    @Override
    public void close() {
        try {
            if (!worker.stop(STOP_BOUND)) {
                LOG.warn("the cash-move sender did not stop within {} s; its moves stay in the store",
                        STOP_BOUND.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
