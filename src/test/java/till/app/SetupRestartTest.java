package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
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
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.pin.ManagerPin;
import till.setup.ConfigFile;
import till.setup.KioskConfig;

/**
 * The whole till as {@code till} runs it ({@link TillApp}), in demo mode, set up from its settings screen against a
 * second demo server on loopback (typed as {@code 127.0.0.1:port}, without a scheme), then restarted by the screen's
 * "Restart the till": the new window sells from that server and says DEMO nowhere; and with a manager PIN set, the
 * gear opens the settings only after the right PIN (issue #19 item 11, decision 0245). Real JavaFX on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class SetupRestartTest {

    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private DemoServer server;

    @Start
    void start(Stage stage) {
        // The till opens its own windows.
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void afterASetupTheRestartButtonReopensTheTillOnTheNewServerWithoutDemo(FxRobot robot) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withHold(Duration.ofMillis(300)));
        Set<Window> before = showing();
        CompletableFuture<Integer> exit = run();
        slowly(() -> !newWindows(before).isEmpty());
        Stage demo = (Stage) awaitNewWindow(before);
        assertThat(demo.getTitle()).contains("DEMO");
        FxWait.until(() -> robot.lookup("#settings").tryQuery().isPresent());

        robot.clickOn("#settings");
        String typed = "127.0.0.1:" + server.url().getPort();
        robot.clickOn("#setup-server").write(typed);
        robot.clickOn("#setup-list-databases");
        FxWait.until(() -> read(robot, "#setup-message").equals("Choose the database."));
        assertThat(text(robot, "#setup-server")).isEqualTo("http://" + typed);
        robot.clickOn("#setup-login").write(DemoServer.LOGIN);
        robot.clickOn("#setup-password").write(DemoServer.PASSWORD);
        robot.clickOn("#setup-log-in");
        FxWait.until(() -> read(robot, "#setup-message").equals("Choose the POS."));
        robot.clickOn("#setup-save");
        slowly(() -> robot.lookup("#setup-restart").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(new ConfigFile(dataDir).read().server().toString()).isEqualTo("http://" + typed);

        Set<Window> beforeRestart = showing();
        robot.clickOn("#setup-restart");

        slowly(() -> !newWindows(beforeRestart).isEmpty());
        Stage restarted = (Stage) awaitNewWindow(beforeRestart);
        FxWait.until(() -> !demo.isShowing());
        assertThat(restarted.getTitle()).isEqualTo("Till");
        FxWait.until(() -> restarted.getScene().lookup(".order-tab") != null);
        Node badge = WaitForAsyncUtils.asyncFx(() -> restarted.getScene().lookup("#demo-badge")).get();
        assertThat(badge == null || !badge.isVisible()).as("no DEMO badge").isTrue();

        close(restarted);
        assertThat(exit.get(30, TimeUnit.SECONDS)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(showing()).isEqualTo(before);
    }

    @Test
    void withAManagerPinTheGearAsksForItAndAWrongOneKeepsTheSettingsClosed(FxRobot robot) throws Exception {
        new ManagerPin(dataDir, Clock.systemUTC(), 1_000, new SecureRandom()).set("4711");
        Set<Window> before = showing();
        CompletableFuture<Integer> exit = run();
        slowly(() -> !newWindows(before).isEmpty());
        Stage till = (Stage) awaitNewWindow(before);
        FxWait.until(() -> robot.lookup("#settings").tryQuery().isPresent());

        robot.clickOn("#settings");
        typePin(robot, "1234");
        FxWait.until(() -> read(robot, "#manager-pin-message").equals("Wrong PIN."));
        assertThat(robot.lookup("#setup-panel").query().isVisible()).isFalse();
        typePin(robot, "4711");

        FxWait.until(() -> robot.lookup("#setup-panel").query().isVisible());
        close(till);
        assertThat(exit.get(30, TimeUnit.SECONDS)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static void typePin(FxRobot robot, String pin) throws Exception {
        FxWait.until(() -> robot.lookup("#manager-pin").tryQuery().isPresent());
        robot.clickOn("#manager-pin").eraseText(12).write(pin);
        robot.clickOn("#manager-pin-ok");
    }

    private static void close(Stage window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get();
    }

    /** A label's or a field's text; on the FX thread. */
    private static String read(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText();
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> read(robot, id)).get();
    }

    /** Up to 30 s: a save loads the whole catalog. */
    private static void slowly(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CompletableFuture<Integer> run() {
        TillApp app = new TillApp(dataDir, KioskConfig.OFF, new PrintStream(err, true, StandardCharsets.UTF_8));
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread main = new Thread(() -> exit.complete(app.run()), "setup-restart-test-main");
        main.setDaemon(true);
        main.start();
        return exit;
    }

    private static Window awaitNewWindow(Set<Window> before) throws Exception {
        FxWait.until(() -> !newWindows(before).isEmpty());
        return WaitForAsyncUtils.asyncFx(() -> newWindows(before).get(0)).get();
    }

    private static List<Window> newWindows(Set<Window> before) {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> !before.contains(w)).toList();
    }

    private static Set<Window> showing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Set.copyOf(Window.getWindows().stream().filter(Window::isShowing)
                .toList())).get();
    }
}
