package till.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.setup.KioskConfig;
import till.pin.ManagerPin;
import till.fx.Async;
import till.fx.IoThread;
import till.kiosk.PinDialog;
import till.kiosk.ScreenAwake;
import till.status.ExportChooser;
import till.store.StoreException;

/**
 * The JavaFX application: the composition root of the GUI. FX thread only, except {@link #prepare}, which the
 * launcher calls before the toolkit starts ({@code Application.launch} gives no other way to pass arguments), and
 * {@link #init}, which JavaFX runs on the launcher thread: that is where the database is opened, off the FX thread.
 */
public final class TillApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(TillApp.class);

    private static volatile Path dataDir;
    private static volatile PrintStream err;
    private static volatile KioskConfig kiosk;
    private static volatile int exitCode;

    private final IoThread pinIo = new IoThread("till-pin-io");
    private volatile ScreenAwake screenAwake;
    private volatile TillScreen screen;
    private volatile ManagerPin managerPin;
    private volatile boolean pinSet;
    private volatile String failure;

    static void prepare(Path tillDataDir, PrintStream errors, KioskConfig kioskConfig) {
        dataDir = tillDataDir;
        err = errors;
        kiosk = kioskConfig;
        exitCode = 0;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void init() {
        try {
            Clock clock = Clock.systemDefaultZone();
            managerPin = new ManagerPin(dataDir, clock);
            pinSet = managerPin.isSet();
            // Off the FX thread: opens the store and, without a configured server, starts the demo server.
            screen = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir,
                    store, clock, LinkTimings.standard())));
        } catch (StoreException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("the till could not start", e);
            failure = "Till could not start: " + e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (failure != null) {
            refuseToStart();
            return;
        }
        try {
            PinDialog pin = new PinDialog(TillWindow.pinCheck(managerPin), new Async(pinIo.executor(),
                    Platform::runLater));
            ExportChooser chooser = ExportChooser.fileChooser();
            TillWindow window = new TillWindow(screen, pin, pinSet, chooser, Platform::exit);
            window.show(stage, screen.view(Platform::runLater, TillScreen.SCANNER_KEY_GAP, chooser,
                    window.settingsGate(), List.of(window.managerButton())), screen.title(), kiosk);
            screen.startConnections();
            if (kiosk.enabled()) {
                Map<String, String> env = System.getenv();
                screenAwake = ScreenAwake.start(ScreenAwake.plan(System.getProperty("os.name"), env,
                        ScreenAwake.onPath(env), ProcessHandle.current().pid()), ScreenAwake.system());
            }
        } catch (RuntimeException e) {
            // Reported like a store failure; stop() still closes the store and the I/O thread.
            LOG.error("the till screen could not be built", e);
            failure = "Till could not start: " + e;
            refuseToStart();
        }
    }

    private void refuseToStart() {
        exitCode = 1;
        err.println("till: " + failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, failure);
        alert.setTitle("Till");
        alert.setHeaderText("Till cannot start");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        pinIo.close();
        if (screenAwake != null) {
            screenAwake.close();
        }
        if (screen != null) {
            screen.close();
        }
    }
}
