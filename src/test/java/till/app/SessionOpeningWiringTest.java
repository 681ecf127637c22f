package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.demoserver.DemoServer;
import till.demoserver.Profile;
import till.fx.Async;
import till.fx.IoThread;
import till.kiosk.PinDialog;
import till.setup.KioskConfig;

/**
 * The end of a day and the next morning in the till's own windows, in demo mode on Monocle: the closing screen closes
 * the session and offers "Open the next session"; the opening screen counts the cash note by note against the last
 * closing's count, shows the difference, sends the opening call, and closes once the till sells on the new session;
 * at start with no open session the till shows the opening screen. Real till, store and demo server.
 */
@ExtendWith(ApplicationExtension.class)
class SessionOpeningWiringTest {

    @TempDir
    Path dataDir;
    private final IoThread pinIo = new IoThread("session-opening-test-pin-io");
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

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V18", "V19"})
    void afterTheCloseTheOpeningScreenCountsTheCashOpensTheNextSessionAndTheTillSellsOnIt(Profile profile,
                                                                                          FxRobot robot)
            throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock,
                LinkTimings.standard(), profile)));
        DemoServer server = till.backend().orElseThrow().demoServer().orElseThrow();
        long first = till.catalog().settings().sessionId();
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(typed -> new till.pin.PinCheck.Answer(false, "no PIN here"),
                    new Async(pinIo.executor(), Platform::runLater));
            TillWindow window = new TillWindow(till, pin, false, owner -> Optional.empty(), () -> { });
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty(),
                    window.settingsGate(), List.of(window.managerButton(), window.sessionButton())), till.title(),
                    KioskConfig.OFF);
            window.offerSessionClosing(till);
            till.startConnections();
        }).get();

        robot.clickOn("#close-session");
        FxWait.until(() -> robot.lookup("#closing-message").<Label>query().getText().contains("Every order"));
        setPiece(robot, "#closing-piece-20", 2);
        type(robot, "#closing-note", "evening count");
        robot.clickOn("#closing-confirm");
        FxWait.untilShown(robot, "#closing-open-next");
        assertThat(server.sessionRecord((int) first).path("state").asText()).isEqualTo("closed");

        robot.clickOn("#closing-open-next");

        FxWait.until(() -> robot.lookup("#opening-message").tryQuery().map(n -> ((Label) n).getText()
                .contains("Count the cash")).orElse(false));
        assertThat(plain(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#opening-difference").<Label>query()
                .getText()).get())).contains("expected $40.00, difference -$40.00");
        setPiece(robot, "#opening-piece-20", 2);
        setPiece(robot, "#opening-piece-1", 3);
        FxWait.until(() -> plain(robot.lookup("#opening-difference").<Label>query().getText()).contains(
                "counted $43.00, expected $40.00, difference $3.00"));
        type(robot, "#opening-note", "three found");
        robot.clickOn("#opening-confirm");

        FxWait.until(() -> robot.lookup("#opening-view").tryQuery().isEmpty());
        long next = till.catalog().settings().sessionId();
        assertThat(next).isNotEqualTo(first);
        JsonNode opened = server.sessionRecord((int) next);
        assertThat(opened.path("state").asText()).isEqualTo("opened");
        assertThat(opened.path("cash_register_balance_start").decimalValue()).isEqualByComparingTo("43.00");
        assertThat(opened.path("opening_notes").asText()).isEqualTo("three found");
    }

    @Test
    void atStartWithNoOpenSessionOnTheServerTheTillShowsTheOpeningScreen(FxRobot robot) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock,
                LinkTimings.standard(), Profile.V15)));
        DemoServer server = till.backend().orElseThrow().demoServer().orElseThrow();
        server.closeCurrentSession();
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(typed -> new till.pin.PinCheck.Answer(false, "no PIN here"),
                    new Async(pinIo.executor(), Platform::runLater));
            TillWindow window = new TillWindow(till, pin, false, owner -> Optional.empty(), () -> { });
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty(),
                    window.settingsGate(), List.of(window.managerButton(), window.sessionButton())), till.title(),
                    KioskConfig.OFF);
            till.startConnections();
            window.offerSessionOpening(till);
        }).get();

        FxWait.until(() -> robot.lookup("#opening-message").tryQuery().map(n -> ((Label) n).getText()
                .contains("Count the cash")).orElse(false));
        robot.clickOn("#opening-confirm");

        FxWait.until(() -> robot.lookup("#opening-view").tryQuery().isEmpty());
        assertThat(server.sessionRecord((int) till.catalog().settings().sessionId()).path("state").asText())
                .isEqualTo("opened");
    }

    /** The text with the currency format's no-break spaces as plain ones. */
    private static String plain(String text) {
        return text.replaceAll("\\p{Zs}", " ");
    }

    private static void setPiece(FxRobot robot, String query, int count) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).<Spinner<Integer>>query().getValueFactory()
                .setValue(count)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).<TextArea>query().setText(text)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
