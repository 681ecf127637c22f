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
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import till.pin.ManagerPin;
import till.print.EscPosDecoder;
import till.print.FakeEscPosPrinter;
import till.setup.ConfigFile;
import till.setup.KioskConfig;
import till.testsupport.MutableClock;

/**
 * The till with a receipt printer (the fake network ESC/POS printer on loopback TCP), on the real register and H2
 * store, driven on Monocle: a paid order prints once and opens the drawer on cash, selling never waits for a printer
 * that is off and its receipt prints once when it is back, Print / Reprint, the indicator's looks, and the manager's
 * "Open cash drawer" behind the PIN.
 */
@ExtendWith(ApplicationExtension.class)
class PrintingTillTest {

    private static final String OFFICE_LAMP = "#product-6";
    private static final String PIN = "4711";
    private static final String SETTINGS = "server.url=https://shop.example.com\ndatabase=shop\nlogin=till1\n"
            + "pos.config.id=3\n";

    @TempDir
    Path dataDir;
    private FakeEscPosPrinter printer;
    private final IoThread pinIo = new IoThread("printing-test-pin-io");
    private TillScreen till;
    private TillWindow window;

    @Start
    void start(Stage stage) {
        // Each test opens its own window.
    }

    @BeforeEach
    void startPrinter() throws Exception {
        printer = FakeEscPosPrinter.start();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        pinIo.close();
        if (till != null) {
            till.close();
        }
        printer.close();
    }

    @Test
    void aPaidOrderPrintsOnceTheDrawerOpensOnCashAndAnOfflinePrinterNeverHoldsUpSelling(FxRobot robot)
            throws Exception {
        open("printer.autoprint=true\n", false);

        payCash(robot);
        FxWait.until(() -> receipts().size() == 1);
        assertThat(receipts().get(0)).as("the drawer opened on cash").anyMatch(c -> c instanceof EscPosDecoder.Kick);
        assertThat(lines(0)).anyMatch(l -> l.contains("Order 00001-001-0001")).noneMatch(l -> l.contains("DUPLICATE"));
        assertThat(text(robot, "#print-receipt")).isEqualTo("Reprint");
        FxWait.until(() -> hasLook(robot, "ready") && text(robot, "#printer-indicator").equals("Printer ready"));
        robot.clickOn("#next-order");

        printer.switchOff();
        payCash(robot);
        FxWait.until(() -> hasLook(robot, "offline"));
        assertThat(tooltip(robot)).contains("cannot reach the printer").contains("1 receipt waits");
        robot.clickOn("#next-order");
        FxWait.untilText(robot, "#total", "$0.00");

        printer.switchOn();
        robot.clickOn("#printer-indicator");
        FxWait.until(() -> receipts().size() == 2 && hasLook(robot, "ready"));
        assertThat(lines(1)).anyMatch(l -> l.contains("Order 00001-001-0002")).noneMatch(l -> l.contains("DUPLICATE"));
        assertThat(receipts().get(1)).as("paid within the drawer's window")
                .anyMatch(c -> c instanceof EscPosDecoder.Kick);
    }

    @Test
    void withoutAutoPrintPrintPrintsTheOriginalAndReprintADuplicate(FxRobot robot) throws Exception {
        open("printer.autoprint=false\nprinter.drawer=false\n", false);

        payCash(robot);
        assertThat(text(robot, "#print-receipt")).isEqualTo("Print");
        robot.clickOn("#print-receipt");
        FxWait.until(() -> receipts().size() == 1);
        assertThat(receipts().get(0)).as("no drawer on this printer").noneMatch(c -> c instanceof EscPosDecoder.Kick);
        assertThat(lines(0)).noneMatch(l -> l.contains("DUPLICATE"));
        FxWait.untilText(robot, "#print-receipt", "Reprint");

        robot.clickOn("#print-receipt");
        FxWait.until(() -> receipts().size() == 2);
        assertThat(lines(1)).anyMatch(l -> l.contains("DUPLICATE"));
        assertThat(window.managerButton().isVisible()).as("no drawer: no manager button outside kiosk mode").isFalse();
    }

    @Test
    void theIndicatorSaysOutOfPaperAndTheManagerOpensTheDrawerBehindThePin(FxRobot robot) throws Exception {
        open("", true);
        printer.paper(FakeEscPosPrinter.Paper.PAPER_END);

        robot.clickOn("#manager");
        robot.clickOn("Open cash drawer");
        FxWait.until(() -> robot.lookup("#manager-pin").tryQuery().isPresent());
        assertThat(printer.sessions()).as("nothing before the PIN").isEmpty();
        robot.clickOn("#manager-pin").write(PIN);
        robot.clickOn("#manager-pin-ok");

        FxWait.until(() -> hasLook(robot, "attention"));
        assertThat(tooltip(robot)).containsIgnoringCase("paper");
        printer.paper(FakeEscPosPrinter.Paper.OK);
        robot.clickOn("#printer-indicator");
        FxWait.until(() -> EscPosDecoder.decode(printer.received()).stream()
                .anyMatch(c -> c instanceof EscPosDecoder.Kick));
        FxWait.until(() -> hasLook(robot, "ready"));
    }

    private void open(String printerKeys, boolean pinSet) throws Exception {
        Files.writeString(dataDir.resolve(ConfigFile.NAME), SETTINGS + "printer.device=" + printer.device() + "\n"
                + printerKeys);
        ManagerPin managerPin = new ManagerPin(dataDir, new MutableClock(Instant.parse("2026-12-07T08:00:00Z")),
                1_000, new SecureRandom());
        if (pinSet) {
            managerPin.set(PIN);
        }
        till = TillScreen.open(dataDir, Clock.systemDefaultZone());
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(TillWindow.pinCheck(managerPin), new Async(pinIo.executor(),
                    Platform::runLater));
            window = new TillWindow(till, pin, pinSet, owner -> Optional.empty(), () -> { });
            if (till.hasDrawer()) {
                window.offerDrawer(till::openDrawer);
            }
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty(),
                    window.settingsGate(), List.of(window.managerButton())), till.title(), KioskConfig.OFF);
        }).get();
        till.startConnections();
        FxWait.until(() -> robot().lookup(".order-tab").tryQuery().isPresent());
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private static void payCash(FxRobot robot) throws Exception {
        FxWait.untilShown(robot, OFFICE_LAMP);
        robot.clickOn(OFFICE_LAMP);
        FxWait.untilText(robot, "#total", "$46.00");
        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-1");
        FxWait.untilText(robot, "#payment-amount-0", "$46.00");
        robot.clickOn("#validate");
        FxWait.untilShown(robot, "#next-order");
        FxWait.untilShown(robot, "#print-receipt");
    }

    private List<List<EscPosDecoder.Command>> receipts() {
        return EscPosDecoder.receipts(printer.sessions());
    }

    private List<String> lines(int receipt) {
        return EscPosDecoder.lines(receipts().get(receipt));
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).<Labeled>query().getText()).get();
    }

    private static String tooltip(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#printer-indicator").<Labeled>query().getTooltip()
                .getText()).get();
    }

    private static boolean hasLook(FxRobot robot, String look) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#printer-indicator").tryQuery()
                .map(Node::getPseudoClassStates).map(s -> s.contains(PseudoClass.getPseudoClass(look))).orElse(false))
                .get();
    }
}
