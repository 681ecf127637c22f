package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.fx.Async;
import till.fx.IoThread;
import till.kiosk.PinDialog;
import till.print.FolderPrinter;
import till.setup.KioskConfig;

/**
 * The till in demo mode (its own demo server) offers the closing screen from the status area: it opens over the till,
 * reads the session from the server and shows what the cash should be. Real till, store and demo server on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class SessionClosingWiringTest {

    @TempDir
    Path dataDir;
    private final IoThread pinIo = new IoThread("session-wiring-test-pin-io");
    private TillScreen till;

    @Start
    void start(Stage stage) {
        // The test opens its own window.
    }

    @AfterEach
    void closeTill() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        pinIo.close();
        if (till != null) {
            till.close();
        }
    }

    @Test
    void theCloseSessionButtonOpensTheClosingScreenOnTheDemoServersSession(FxRobot robot) throws Exception {
        openClosingScreen(robot);
        assertThat(robot.lookup("#closing-confirm").tryQuery()).isPresent();
    }

    @Test
    void onceClosedTheZReportPrintsOnTheDemoPrinterAndPrintAgainPrintsACopy(FxRobot robot) throws Exception {
        openClosingScreen(robot);
        till.startConnections();
        Path receipts = dataDir.resolve(FolderPrinter.FOLDER);

        // The demo shop counts US dollars note by note.
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#closing-piece-100").<Spinner<Integer>>query()
                .getValueFactory().setValue(12)).get();
        robot.clickOn("#closing-note").write("counted twice");
        robot.clickOn("#closing-confirm");
        FxWait.until(() -> Files.exists(receipts.resolve("z-report-" + sessionId() + ".txt")));
        String report = Files.readString(receipts.resolve("z-report-" + sessionId() + ".txt"));
        String screen = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#closing-report").<TextArea>query().getText())
                .get();
        assertThat(report).contains("Z report: session", "counted twice").doesNotContain("DUPLICATE");
        assertThat(report.replaceAll("\\s+", " ")).contains(screen.lines().findFirst().orElseThrow()
                .replaceAll("\\s+", " "));
        FxWait.until(() -> robot.lookup("#closing-report-paper").<Label>query().getText()
                .equals("The Z report is printing."));

        robot.clickOn("#closing-report-print-again");

        FxWait.until(() -> Files.exists(receipts.resolve("z-report-" + sessionId() + "-duplicate-1.txt")));
        assertThat(Files.readString(receipts.resolve("z-report-" + sessionId() + "-duplicate-1.txt")))
                .contains("DUPLICATE", "Z report: session");
        assertThat(receipts.resolve("z-report-" + sessionId() + "-duplicate-2.txt")).doesNotExist();
    }

    private long sessionId() {
        return till.catalog().settings().sessionId();
    }

    private void openClosingScreen(FxRobot robot) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock,
                LinkTimings.standard())));
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(typed -> new till.pin.PinCheck.Answer(false, "no PIN here"),
                    new Async(pinIo.executor(), Platform::runLater));
            TillWindow window = new TillWindow(till, pin, false, owner -> Optional.empty(), () -> { });
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty(),
                    window.settingsGate(), List.of(window.managerButton(), window.sessionButton())), till.title(),
                    KioskConfig.OFF);
            window.offerSessionClosing(till);
        }).get();
        FxWait.until(() -> robot.lookup("#close-session").tryQuery().isPresent());
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#close-session").<Button>query().isDisabled())
                .get()).isFalse();

        robot.clickOn("#close-session");

        FxWait.until(() -> robot.lookup("#closing-view").tryQuery().isPresent());
        FxWait.until(() -> robot.lookup("#closing-message").<Label>query().getText().contains("Every order of this"
                + " session reached the server"));
    }
}
