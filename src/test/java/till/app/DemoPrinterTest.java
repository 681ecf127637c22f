package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
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
import till.demoserver.Profile;
import till.print.FolderPrinter;
import till.worker.Backoff;

/**
 * Demo mode (the embedded demo server, no printer configured): receipts print on the simulated printer, the indicator
 * says "Demo printer", and the receipt it made opens in a small window.
 */
@ExtendWith(ApplicationExtension.class)
class DemoPrinterTest {

    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));

    @TempDir
    Path dataDir;
    private Stage stage;
    private TillScreen till;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeTill() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        if (till != null) {
            till.close();
        }
    }

    @Test
    void aPaidOrderPrintsOnTheDemoPrinterAndItsReceiptOpensInAWindow(FxRobot robot) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock, QUICK,
                Profile.V14)));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5),
                    owner -> Optional.empty()), 1024, 768));
            stage.show();
            till.startConnections();
        }).get();
        FxWait.until(() -> robot.lookup(".order-tab").tryQuery().isPresent());
        FxWait.untilText(robot, "#printer-indicator", "Demo printer");

        robot.clickOn("#product-20");
        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-1");
        FxWait.until(() -> !robot.lookup("#validate").queryButton().isDisabled());
        robot.clickOn("#validate");
        FxWait.untilShown(robot, "#show-receipt");
        Path receipts = dataDir.resolve(FolderPrinter.FOLDER);
        FxWait.until(() -> Files.exists(receipts.resolve("receipt-00001-001-0001.png")));
        assertThat(Files.readString(receipts.resolve("receipt-00001-001-0001.txt"))).as("the demo company's data,"
                + " carried into the demo catalog").contains("Order 00001-001-0001", "+1 (650) 555-0111",
                "info@yourcompany.com", "Mitchell Admin");
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#print-receipt").<Labeled>query().getText()).get())
                .isEqualTo("Reprint");

        robot.clickOn("#show-receipt");
        FxWait.until(() -> robot.lookup("#receipt-picture-image").tryQuery().isPresent());
        FxWait.until(() -> robot.lookup("#receipt-picture-image").<ImageView>query().getImage().getProgress() >= 1.0);
        assertThat(robot.lookup("#receipt-picture-image").<ImageView>query().getImage().getWidth())
                .as("the 80 mm picture, dot for dot").isEqualTo(576.0);

        WaitForAsyncUtils.asyncFx(() -> ((Stage) robot.lookup("#receipt-picture-image").query().getScene()
                .getWindow()).close()).get();
        robot.clickOn("#printer-indicator");
        FxWait.until(() -> robot.lookup("#receipt-picture-image").tryQuery().isPresent());
    }
}
