package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.setup.KioskConfig;
import till.pin.ManagerPin;
import till.fx.Async;
import till.fx.IoThread;
import till.kiosk.PinDialog;
import till.testsupport.MutableClock;

/** Kiosk mode on the real till screen and a real PIN file in a temp dir, on Monocle: the window and its way out. */
@ExtendWith(ApplicationExtension.class)
class KioskModeTest {

    private static final String PIN = "4711";

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final IoThread pinIo = new IoThread("kiosk-test-pin-io");
    private final AtomicInteger exits = new AtomicInteger();
    private TillScreen till;
    private TillWindow window;

    @Start
    void start(Stage stage) {
        // The kiosk needs a stage that was never shown: each test opens its own.
    }

    @AfterEach
    void closeTill() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        pinIo.close();
        if (till != null) {
            till.close();
        }
    }

    private void open(KioskConfig config) throws Exception {
        ManagerPin managerPin = new ManagerPin(dataDir, clock, 1_000, new SecureRandom());
        managerPin.set(PIN);
        till = TillScreen.open(dataDir, Clock.systemDefaultZone());
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(TillWindow.pinCheck(managerPin), new Async(pinIo.executor(),
                    Platform::runLater));
            window = new TillWindow(till, pin, true, owner -> Optional.empty(), exits::incrementAndGet);
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty(),
                    window.settingsGate(), List.of(window.managerButton())), till.title(), config);
        }).get();
        FxWait.until(() -> window.stage().isShowing());
    }

    private void requestClose() throws Exception {
        Stage stage = window.stage();
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typePin(FxRobot robot, String pin) throws Exception {
        FxWait.until(() -> robot.lookup("#manager-pin").tryQuery().isPresent());
        robot.clickOn("#manager-pin").write(pin);
        robot.clickOn("#manager-pin-ok");
    }

    private static String pinMessage(FxRobot robot) {
        return robot.lookup("#manager-pin-message").<Labeled>query().getText();
    }

    @Test
    void theKioskIsFullScreenUndecoratedAndNoKeyLeavesFullScreen() throws Exception {
        open(KioskConfig.OFF.on());

        Stage stage = window.stage();
        FxWait.until(stage::isFullScreen);
        assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(stage.getFullScreenExitHint()).isEmpty();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(window.managerButton().isVisible()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> stage.setFullScreen(false)).get();
        FxWait.until(stage::isFullScreen);
    }

    @Test
    void aCloseRequestWithoutThePinIsRefused(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());

        requestClose();
        requestClose();

        FxWait.until(() -> robot.lookup("#manager-pin-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#manager-pin-dialog").queryAll()).hasSize(1);
        robot.clickOn("Cancel");
        FxWait.until(() -> robot.lookup("#manager-pin-dialog").tryQuery().isEmpty());
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(exits).hasValue(0);
    }

    @Test
    void aWrongPinIsRefusedCountedOnDiskAndSoonLocksTheTries(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());
        requestClose();

        typePin(robot, "0000");

        FxWait.until(() -> pinMessage(robot).equals("Wrong PIN."));
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(Files.readString(dataDir.resolve("till.pin.attempts"))).contains("failures=1");
        typePin(robot, "0000");
        FxWait.until(() -> pinMessage(robot).equals("Wrong PIN."));
        typePin(robot, "0000");
        FxWait.until(() -> pinMessage(robot).endsWith("try again in 30 s."));
        typePin(robot, PIN);
        FxWait.until(() -> pinMessage(robot).startsWith("Too many wrong PINs"));
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(exits).hasValue(0);
    }

    @Test
    void theRightPinClosesTheTill(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());
        requestClose();

        typePin(robot, PIN);

        FxWait.until(() -> !window.stage().isShowing());
        assertThat(exits).hasValue(1);
    }

    private static void tapPin(FxRobot robot, String pin) throws Exception {
        FxWait.until(() -> robot.lookup("#manager-pin-keypad").tryQuery().isPresent());
        for (char digit : pin.toCharArray()) {
            robot.clickOn("#manager-pin-digit-" + digit);
        }
        robot.clickOn("#manager-pin-ok");
    }

    @Test
    void onATouchOnlyKioskTheKeypadClosesTheTillAfterSayingTheTriesLeft(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());
        requestClose();

        tapPin(robot, "0000");
        FxWait.until(() -> pinMessage(robot).equals("Wrong PIN."));
        assertThat(robot.lookup("#manager-pin-tries").<Labeled>query().getText())
                .isEqualTo("2 tries left before a wait.");
        // A slip is taken back by the keypad too: Clear and the backspace.
        robot.clickOn("#manager-pin-digit-9").clickOn("#manager-pin-clear").clickOn("#manager-pin-digit-9")
                .clickOn("#manager-pin-backspace");
        tapPin(robot, PIN);

        FxWait.until(() -> !window.stage().isShowing());
        assertThat(exits).hasValue(1);
    }

    @Test
    void thePinDialogsKeysFieldAndButtonsAreBigEnoughForAFinger(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());
        requestClose();
        FxWait.until(() -> robot.lookup("#manager-pin-keypad").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> targets = List.of("#manager-pin", "#manager-pin-ok", "#manager-pin-cancel", "#manager-pin-clear",
                "#manager-pin-backspace", "#manager-pin-digit-0", "#manager-pin-digit-5");
        for (String target : targets) {
            Bounds bounds = WaitForAsyncUtils.asyncFx(() -> {
                Node node = robot.lookup(target).query();
                return node.localToScene(node.getLayoutBounds());
            }).get();
            assertThat(Math.min(bounds.getWidth(), bounds.getHeight())).as(target).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void theManagersMenuItemsAreBigEnoughForAFinger(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());

        robot.clickOn("#manager");
        FxWait.until(() -> robot.lookup(".manager-menu .menu-item").tryQuery().isPresent());

        assertThat(TouchTargets.smallerSides(robot, ".manager-menu .menu-item"))
                .allMatch(side -> side >= TouchTargets.SMALLEST).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theKeyboardStillWorksInThePinDialog(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());
        requestClose();
        FxWait.until(() -> robot.lookup("#manager-pin").tryQuery().isPresent());

        // Monocle gives the keys to the window last clicked: a window manager would focus the dialog by itself.
        robot.clickOn("#manager-pin").write("0000").type(KeyCode.ENTER);
        FxWait.until(() -> pinMessage(robot).equals("Wrong PIN."));
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#manager-pin-dialog").tryQuery().isEmpty());
        assertThat(exits).hasValue(0);
        requestClose();
        FxWait.until(() -> robot.lookup("#manager-pin").tryQuery().isPresent());
        robot.clickOn("#manager-pin").write(PIN).type(KeyCode.ENTER);

        FxWait.until(() -> !window.stage().isShowing());
        assertThat(exits).hasValue(1);
    }

    @Test
    void leavingKioskModeNeedsThePinAndGivesAnOrdinaryWindowThatClosesWithoutIt(FxRobot robot) throws Exception {
        open(KioskConfig.OFF.on());
        Stage kiosk = window.stage();

        robot.clickOn("#manager");
        robot.clickOn("Leave kiosk mode");
        typePin(robot, PIN);

        FxWait.until(() -> window.stage() != kiosk && window.stage().isShowing() && !kiosk.isShowing());
        assertThat(window.stage().getStyle()).isEqualTo(StageStyle.DECORATED);
        assertThat(window.stage().isFullScreen()).isFalse();
        assertThat(robot.lookup(".order-tab").tryQuery()).isPresent();
        assertThat(window.managerButton().isVisible()).isFalse();
        requestClose();
        FxWait.until(() -> !window.stage().isShowing());
        assertThat(exits).hasValue(1);
    }

    @Test
    void theSettingsOpenOnlyAfterThePin(FxRobot robot) throws Exception {
        open(KioskConfig.OFF);
        AtomicBoolean opened = new AtomicBoolean();

        WaitForAsyncUtils.asyncFx(() -> window.settingsGate().accept(() -> opened.set(true))).get();
        typePin(robot, "1234");
        FxWait.until(() -> pinMessage(robot).equals("Wrong PIN."));
        assertThat(opened).isFalse();
        typePin(robot, PIN);

        FxWait.until(opened::get);
    }

    @Test
    void outsideKioskModeAWindowWithNoWaitingOrdersClosesAtOnce() throws Exception {
        open(KioskConfig.OFF);
        assertThat(window.stage().getStyle()).isEqualTo(StageStyle.DECORATED);
        assertThat(window.stage().isFullScreen()).isFalse();

        requestClose();

        FxWait.until(() -> !window.stage().isShowing());
        assertThat(exits).hasValue(1);
    }
}
