package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import till.fx.Async;
import till.fx.IoThread;
import till.print.EscPosDecoder;
import till.print.FakeEscPosPrinter;
import till.print.PaperWidth;
import till.settings.SetupScreen;
import till.setup.ConfigFile;
import till.setup.PrinterConfig;

/** The settings screen's printer section: a test page on the fake network printer, and saving the printer keys. */
@ExtendWith(ApplicationExtension.class)
class PrinterSetupScreenTest {

    @TempDir
    Path dataDir;
    private final IoThread io = new IoThread("printer-setup-test-io");
    private FakeEscPosPrinter printer;

    @Start
    void start(Stage stage) throws Exception {
        printer = FakeEscPosPrinter.start();
        Files.writeString(dataDir.resolve(ConfigFile.NAME), "server.url=https://shop.example.com\ndatabase=shop\n"
                + "login=till1\npos.config.id=3\nkiosk=false\n");
        SetupScreen setup = new SetupScreen(new ServerSetup(dataDir, null), new PrinterSetup(dataDir,
                Clock.systemUTC()), new Async(io.executor(), Platform::runLater), Runnable::run);
        StackPane root = new StackPane(setup.button(), setup.panel());
        root.getStylesheets().addAll(getClass().getResource("/till/sell/till.css").toExternalForm(),
                till.status.StatusViews.STYLESHEET);
        root.getStyleClass().add("till");
        stage.setScene(new Scene(root, 900, 900));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        io.close();
        printer.close();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#printer-message").<Labeled>query().getText();
    }

    @Test
    void theTestButtonPrintsATestPageAndSaveWritesThePrinterKeys(FxRobot robot) throws Exception {
        robot.clickOn("#settings");
        FxWait.untilShown(robot, "#printer-device");
        robot.clickOn("#printer-device").write(printer.device());
        robot.clickOn("#printer-test");

        FxWait.until(() -> message(robot).startsWith("The test page printed on " + printer.device()));
        assertThat(EscPosDecoder.lines(EscPosDecoder.receipts(printer.sessions()).get(0)))
                .anyMatch(l -> l.contains("Till printer test"));

        robot.clickOn("#printer-auto-print");
        robot.clickOn("#printer-save");
        FxWait.until(() -> message(robot).startsWith("Printer " + printer.device() + " saved"));
        PrinterConfig saved = new ConfigFile(dataDir).readPrinter();
        assertThat(saved.device()).hasValue(printer.device());
        assertThat(saved.width()).isEqualTo(PaperWidth.MM80);
        assertThat(saved.autoPrint()).as("unticked").isFalse();
        assertThat(new ConfigFile(dataDir).readKiosk().enabled()).isFalse();
        assertThat(new ConfigFile(dataDir).read().database()).isEqualTo("shop");
    }

    @Test
    void anOfflinePrinterOrAWrongDeviceIsSaidInWords(FxRobot robot) throws Exception {
        printer.switchOff();
        robot.clickOn("#settings");
        FxWait.untilShown(robot, "#printer-device");
        robot.clickOn("#printer-device").write(printer.device());
        robot.clickOn("#printer-test");
        FxWait.until(() -> message(robot).startsWith("The test page did not print"));
        assertThat(message(robot)).contains("cannot reach the printer");

        robot.doubleClickOn("#printer-device").eraseText(printer.device().length()).write("lp0");
        robot.clickOn("#printer-save");
        FxWait.until(() -> message(robot).contains("'lp0' is not a printer"));
        assertThat(new ConfigFile(dataDir).readPrinter().configured()).isFalse();
    }
}
