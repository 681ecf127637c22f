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
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
 * The order history wired into the till in demo mode (the embedded demo server, 14, and the demo printer): F3 on the
 * selling screen opens it, the order just paid is listed, Reprint prints a copy marked DUPLICATE on the demo printer
 * (beside the original, never a second original), and once the order is sent, Search the server finds it there.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryWiringTest {

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
    void f3OpensTheHistoryWhereReprintPrintsADuplicateAndTheServerSearchFindsTheSentOrder(FxRobot robot)
            throws Exception {
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
        FxWait.untilShown(robot, "#open-history");
        robot.clickOn("#product-20");
        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-1");
        FxWait.until(() -> !robot.lookup("#validate").queryButton().isDisabled());
        robot.clickOn("#validate");
        Path receipts = dataDir.resolve(FolderPrinter.FOLDER);
        FxWait.until(() -> Files.exists(receipts.resolve("receipt-00001-001-0001.png")));
        FxWait.until(() -> till.unsentOrders() == 0);

        robot.clickOn("#next-order");
        robot.press(KeyCode.F3).release(KeyCode.F3);
        FxWait.until(() -> robot.lookup("#history-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#history-list").query();
        FxWait.until(() -> list.getItems().size() == 1);
        robot.clickOn(robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .<ListCell<?>>query());
        FxWait.until(() -> robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .<ListCell<?>>query().getText().contains("sent"));
        robot.clickOn("#history-reprint");

        FxWait.until(() -> Files.exists(receipts.resolve("receipt-00001-001-0001-duplicate-1.png")));
        assertThat(Files.readString(receipts.resolve("receipt-00001-001-0001-duplicate-1.txt")))
                .contains("DUPLICATE").contains("Order 00001-001-0001");
        assertThat(Files.readString(receipts.resolve("receipt-00001-001-0001.txt"))).doesNotContain("DUPLICATE");

        robot.clickOn("#history-server-search");
        FxWait.until(() -> robot.lookup("#server-list").<ListView<?>>query().getItems().size() == 1);
        FxWait.untilText(robot, "#server-message", "1 order on the server.");
    }
}
