package till.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.fx.Async;
import till.fx.IoThread;
import till.i18n.Texts;
import till.kiosk.PinDialog;
import till.kiosk.ScreenAwake;
import till.pin.ManagerPin;
import till.settings.SetupScreen;
import till.setup.KioskConfig;
import till.status.ExportChooser;
import till.store.StoreException;

/**
 * One run of the till's window: the composition root of the GUI. {@link #run} starts the toolkit with
 * {@code Platform.startup} (not {@code Application.launch}, so everything comes in through the constructor and nothing
 * is static), opens the till (the store, and without a configured server the demo server) on the calling thread, off
 * the FX thread, shows the window on the FX thread, waits until it closes, ends the toolkit and closes the till.
 * {@link #run} is for the main thread, once; the window and its close flow run on the FX thread. The setup screen's
 * restart comes back to the main thread, which closes the till and opens it again (decision 0245). Over 250 lines:
 * the start, the restart and the SIGTERM end share one lifecycle and its fields.
 */
final class TillApp {

    private static final Logger LOG = LoggerFactory.getLogger(TillApp.class);
    /** How long the FX thread may take to end after the toolkit was told to exit. */
    private static final Duration TOOLKIT_EXIT_BOUND = Duration.ofSeconds(5);
    /** How long a SIGTERM waits for the close flow before the store is closed regardless. */
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(20);
    /** Logged (logs/till.log) once the selling screen is shown. */
    static final String READY = "Till ready: the selling screen is shown";

    private final Path dataDir;
    private final KioskConfig kiosk;
    private final PrintStream err;
    /** {@code --pseudo-locale}: every text accented and longer (decision 0230). */
    private final boolean pseudoLocale;
    private final Clock clock = Clock.systemDefaultZone();
    private final IoThread pinIo = new IoThread("till-pin-io");
    /** What the main thread does next: {@link #END} once the window closed, {@link #RESTART} for a restart. */
    private final BlockingQueue<Boolean> next = new LinkedBlockingQueue<>();
    private static final Boolean END = Boolean.FALSE;
    private static final Boolean RESTART = Boolean.TRUE;
    /** The window shown now: set on the FX thread, read by the main thread after the toolkit ended. */
    private volatile TillWindow window;
    /** Counted down once {@link #run} closed what it opened. */
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Thread fxThread;
    private volatile ScreenAwake screenAwake;
    private volatile TillScreen screen;
    private volatile ManagerPin managerPin;
    private volatile boolean pinSet;
    private volatile String failure;
    private volatile int exitCode;
    /** The window's last placement, read before the toolkit shows anything and written after it closed. */
    private volatile Optional<WindowPlacement> placement = Optional.empty();

    /** @param err where to say why the till could not start */
    TillApp(Path dataDir, KioskConfig kiosk, PrintStream err) {
        this(dataDir, kiosk, false, err);
    }

    /** @param pseudoLocale whether {@code --pseudo-locale} was given */
    TillApp(Path dataDir, KioskConfig kiosk, boolean pseudoLocale, PrintStream err) {
        this.dataDir = dataDir;
        this.kiosk = kiosk;
        this.pseudoLocale = pseudoLocale;
        this.err = err;
    }

    /** Runs the till until its window closes; returns the exit code (0, or 1 when it could not start). */
    int run() {
        boolean ownToolkit;
        try {
            ownToolkit = startToolkit();
        } catch (RuntimeException e) {
            // No screen to show the till on (no display, no graphics): nothing was opened yet.
            LOG.error("the till's window cannot open", e);
            err.println("till: the till's window cannot open: " + e.getMessage());
            return 1;
        }
        try {
            open();
            if (screen != null) {
                screen.beforeShutdown(this::closeOnShutdown);
            }
            Platform.runLater(this::showOrGiveUp);
            while (next.take()) {
                reopen();
            }
            if (ownToolkit) {
                stopToolkit();
            }
            keepPlacement();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            finished.countDown();
        }
        return exitCode;
    }

    /**
     * A SIGTERM (logout, {@code kill}, the service manager): ends the run as if the window had closed and waits,
     * on the shutdown hook's thread, until {@link #run} has closed everything, so the store is left closed and
     * compact with every paid order in it.
     */
    private void closeOnShutdown() {
        LOG.info("Asked to end (SIGTERM): closing the till");
        next.add(END);
        try {
            if (!finished.await(SHUTDOWN_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the till did not close within {} of SIGTERM; the store is closed anyway", SHUTDOWN_BOUND);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the store and the connections; blocks, so it runs on the caller's thread, not the FX thread. */
    private void open() {
        try {
            placement = new WindowPlacementFile(dataDir).read();
            managerPin = new ManagerPin(dataDir, clock);
            pinSet = managerPin.isSet();
            screen = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock,
                    LinkTimings.standard())), pseudoLocale);
        } catch (StoreException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("the till could not start", e);
            failure = "Till could not start: " + e;
        }
    }

    /** Writes where the ordinary window closed, on this (the main) thread: the FX thread never waits for the disk. */
    private void keepPlacement() {
        TillWindow shown = window;
        if (shown != null) {
            shown.closedPlacement().ifPresent(new WindowPlacementFile(dataDir)::write);
        }
    }

    /**
     * Starts the toolkit, unless it runs already (a test started it): then the window is one more on it.
     *
     * @return whether this run started the toolkit, and so must stop it
     */
    private static boolean startToolkit() {
        try {
            Platform.startup(() -> { });
            return true;
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
    }

    /** Lets the FX thread end first, so that nothing on it uses the till while it closes. */
    private void stopToolkit() {
        Platform.exit();
        Thread thread = fxThread;
        if (thread == null) {
            return;
        }
        try {
            thread.join(TOOLKIT_EXIT_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("the JavaFX thread did not end within {}; closing the till anyway", TOOLKIT_EXIT_BOUND);
        }
    }

    private void showOrGiveUp() {
        fxThread = Thread.currentThread();
        try {
            show(new Stage());
        } catch (Throwable e) {
            // Nothing more can be shown; the run must still end and close what it opened.
            LOG.error("the till window failed", e);
            exitCode = 1;
            next.add(END);
        }
    }

    /** Shows the till, or why it cannot start. FX thread only. */
    private void show(Stage stage) {
        if (failure != null) {
            refuseToStart();
            return;
        }
        try {
            PinDialog pin = new PinDialog(TillWindow.pinCheck(managerPin), new Async(pinIo.executor(),
                    Platform::runLater), screen.locale());
            ExportChooser chooser = ExportChooser.fileChooser(screen.locale());
            TillWindow window = new TillWindow(screen, pin, pinSet, chooser, () -> next.add(END));
            this.window = window;
            window.remember(placement);
            screen.offerRestart(this::restart);
            if (screen.hasDrawer()) {
                window.offerDrawer(screen::openDrawer);
            }
            window.show(stage, screen.view(Platform::runLater, TillScreen.SCANNER_KEY_GAP, chooser,
                    window.settingsGate(), List.of(window.managerButton(), window.cashMoveButton(),
                    window.sessionButton())), screen.title(),
                    kiosk);
            window.offerSessionClosing(screen);
            window.offerCashMoves(screen);
            window.offerRefunds(screen);
            screen.startConnections();
            window.offerSessionOpening(screen);
            // The observable "ready" of bench start and the SIGTERM test: the selling screen is on the stage.
            LOG.info(READY);
            if (kiosk.enabled() && screenAwake == null) {
                Map<String, String> env = System.getenv();
                screenAwake = ScreenAwake.start(ScreenAwake.plan(System.getProperty("os.name"), env,
                        ScreenAwake.onPath(env), ProcessHandle.current().pid()), ScreenAwake.system());
            }
        } catch (RuntimeException e) {
            // Reported like a store failure; close() still closes the store and the I/O thread.
            LOG.error("the till screen could not be built", e);
            failure = "Till could not start: " + e;
            refuseToStart();
        }
    }

    private void refuseToStart() {
        exitCode = 1;
        err.println("till: " + failure);
        // Before the store and the server are read the till's language is the machine's (as in demo mode).
        Texts texts = Texts.of("till.app.texts", screen == null ? Locale.getDefault() : screen.locale());
        Alert alert = new Alert(Alert.AlertType.ERROR, failure);
        alert.setTitle(texts.get("start.title"));
        alert.setHeaderText(texts.get("start.header"));
        alert.showAndWait();
        next.add(END);
    }

    /**
     * The setup screen's "Restart the till": the window shows that the till restarts (nothing can be sold on the
     * closing till meanwhile), and the main thread closes the till and opens it again on the saved settings, in a new
     * window that replaces this one (decision 0245). FX thread only.
     */
    private void restart() {
        LOG.info("Restarting the till on its saved settings");
        Label words = new Label(SetupScreen.restartingWords(screen.locale()));
        words.setId("till-restarting");
        window.stage().getScene().setRoot(new StackPane(words));
        next.add(RESTART);
    }

    /** On the main thread: closes the till and opens it again, then swaps the windows on the FX thread. */
    private void reopen() {
        TillWindow old = window;
        if (screen != null) {
            screen.close();
            screen = null;
        }
        failure = null;
        open();
        if (screen != null) {
            screen.beforeShutdown(this::closeOnShutdown);
        }
        Platform.runLater(() -> {
            // The new window shows before the old one goes, so the toolkit never sees zero windows and exits.
            showOrGiveUp();
            old.retire();
        });
    }

    /** Closes what {@link #open} and {@link #show} started; after the window closed. */
    private void close() {
        pinIo.close();
        if (screenAwake != null) {
            screenAwake.close();
        }
        if (screen != null) {
            screen.close();
        }
    }
}
