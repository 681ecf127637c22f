package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.setup.KioskConfig;
import till.fx.Async;
import till.fx.IoThread;
import till.kiosk.PinDialog;

/**
 * Closing a till whose paid order cannot reach its server (configured at a closed port): the warning, and what each
 * of its answers does. The real till, store, sender and export, on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingWithWaitingOrdersTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;
    private final IoThread pinIo = new IoThread("closing-test-pin-io");
    private final AtomicInteger exits = new AtomicInteger();
    private TillScreen till;
    private TillWindow window;

    @Start
    void start(Stage stage) {
        // Each test opens its own window.
    }

    @BeforeEach
    void configureAServerThatIsNotThere() throws Exception {
        Files.writeString(dataDir.resolve("till.properties"), "server.url=http://127.0.0.1:9\ndatabase=shop\n"
                + "login=till\npos.config.id=1\npassword.keep=true\n");
        Files.writeString(dataDir.resolve("till.password"), "secret\n");
    }

    @AfterEach
    void closeTill() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        pinIo.close();
        if (till != null) {
            till.close();
        }
    }

    private void openTillWithAPaidOrder(FxRobot robot) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock,
                LinkTimings.standard())));
        Path export = exports.resolve("unsent.json");
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(typed -> new till.pin.PinCheck.Answer(false, "no PIN here"),
                    new Async(pinIo.executor(), Platform::runLater));
            window = new TillWindow(till, pin, false, owner -> Optional.of(export), exits::incrementAndGet);
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.of(export),
                    window.settingsGate(), List.of(window.managerButton())), till.title(), KioskConfig.OFF);
            till.startConnections();
        }).get();
        FxWait.until(() -> robot.lookup(".order-tab").tryQuery().isPresent());
        robot.clickOn("#product-6");
        FxWait.untilText(robot, "#total", "$46.00");
        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-2");
        FxWait.untilText(robot, "#payment-amount-0", "$46.00");
        robot.clickOn("#validate");
        FxWait.untilShown(robot, "#next-order");
        FxWait.until(() -> till.unsentOrders() == 1);
    }

    private void requestCloseAndAwaitTheWarning(FxRobot robot) throws Exception {
        Stage stage = window.stage();
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get();
        FxWait.untilShown(robot, "#closing-warning");
        assertThat(robot.lookup("#closing-warning .content").<Labeled>query().getText())
                .startsWith("1 paid order has not reached the server yet.");
    }

    @Test
    void cancellingTheWarningKeepsTheTillOpen(FxRobot robot) throws Exception {
        openTillWithAPaidOrder(robot);
        requestCloseAndAwaitTheWarning(robot);

        robot.clickOn("#closing-cancel");

        FxWait.until(() -> robot.lookup("#closing-warning").tryQuery().isEmpty());
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(exits).hasValue(0);
    }

    @Test
    void exportWritesTheWaitingOrdersThenCloses(FxRobot robot) throws Exception {
        openTillWithAPaidOrder(robot);
        requestCloseAndAwaitTheWarning(robot);

        robot.clickOn("#closing-export");

        FxWait.until(() -> !window.stage().isShowing());
        assertThat(exits).hasValue(1);
        String json = Files.readString(exports.resolve("unsent.json"));
        assertThat(json).contains("\"uid\"", "00001-001-0001", "46");
    }

    @Test
    void closeAnywayClosesWithTheOrderStillSaved(FxRobot robot) throws Exception {
        openTillWithAPaidOrder(robot);
        requestCloseAndAwaitTheWarning(robot);

        robot.clickOn("#closing-close");

        FxWait.until(() -> !window.stage().isShowing());
        assertThat(exits).hasValue(1);
        assertThat(Files.exists(exports.resolve("unsent.json"))).isFalse();
    }
}
