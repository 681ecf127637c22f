package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import till.demoserver.DemoServer;
import till.fx.Async;
import till.fx.IoThread;
import till.kiosk.PinDialog;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.setup.KioskConfig;
import till.testsupport.Await;

/**
 * The till in demo mode offers "Cash in / out" in the status area: the screen opens over the till, a cash out with
 * its reason is recorded, and the till's cash-move sender books it on the demo server's session. Real till, store and
 * demo server on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class CashMoveWiringTest {

    @TempDir
    Path dataDir;
    private final IoThread pinIo = new IoThread("cash-move-wiring-test-pin-io");
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
    void theCashButtonRecordsACashOutThatTheSenderBooksOnTheServer(FxRobot robot) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock,
                LinkTimings.standard())));
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(typed -> new till.pin.PinCheck.Answer(false, "no PIN here"),
                    new Async(pinIo.executor(), Platform::runLater));
            TillWindow window = new TillWindow(till, pin, false, owner -> Optional.empty(), () -> { });
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty(),
                    window.settingsGate(), List.of(window.managerButton(), window.cashMoveButton(),
                            window.sessionButton())), till.title(), KioskConfig.OFF);
            window.offerCashMoves(till);
        }).get();
        till.startConnections();
        FxWait.until(() -> robot.lookup("#cash-move").tryQuery().isPresent());
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#cash-move").<Button>query().isDisabled()).get())
                .isFalse();

        robot.clickOn("#cash-move");
        FxWait.until(() -> robot.lookup("#cash-move-amount").tryQuery().isPresent());
        robot.clickOn("#cash-move-amount").write("7.25");
        robot.clickOn("#cash-move-reason").write("milk for the staff room");
        robot.clickOn("#cash-move-confirm");

        FxWait.until(() -> robot.lookup("#cash-move-message").<Label>query().getText().contains("recorded"));
        DemoServer server = till.backend().orElseThrow().demoServer().orElseThrow();
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("payment_ref").add("ilike").add("milk for the staff room");
        Await.until(() -> {
            try {
                return admin.searchRead("account.bank.statement.line", domain, List.of(), "", 0).size() == 1;
            } catch (Exception e) {
                return false;
            }
        }, "the cash move is booked on the server", 15);
        assertThat(admin.searchRead("account.bank.statement.line", domain, List.of(), "", 0).get(0).path("amount")
                .decimalValue()).isEqualByComparingTo("-7.25");
    }
}
