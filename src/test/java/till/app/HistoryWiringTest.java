package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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
import till.i18n.Texts;
import till.print.FolderPrinter;
import till.worker.Backoff;

/**
 * The order history wired into the till in demo mode (the embedded demo server, 14, and the demo printer): F3 on the
 * selling screen opens it, the order just paid is listed, Reprint prints a copy marked DUPLICATE on the demo printer
 * (beside the original, never a second original), and once the order is sent, Search the server finds it there;
 * Refund on an order of the history opens the refund screen on that order.
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
        startTill(Profile.V14, false);
        FxWait.untilShown(robot, "#open-history");
        payOneOrder(robot);
        Path receipts = dataDir.resolve(FolderPrinter.FOLDER);
        FxWait.until(() -> Files.exists(receipts.resolve("receipt-00001-001-0001.png")));
        FxWait.until(() -> till.unsentOrders() == 0);

        robot.clickOn("#next-order");
        ListView<?> list = openTheOnlyOrderWithF3(robot);
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

    @Test
    void refundOnAnOrderOfTheHistoryOpensTheRefundScreenOnItAndTheRefundPrintsItsReceipt(FxRobot robot)
            throws Exception {
        startTill(Profile.V15, true);
        payOneOrder(robot);
        FxWait.untilShown(robot, "#next-order");
        FxWait.until(() -> till.unsentOrders() == 0);
        robot.clickOn("#next-order");

        ListView<?> list = openTheOnlyOrderWithF3(robot);
        FxWait.untilShown(robot, "#history-refund");
        robot.clickOn("#history-refund");

        FxWait.untilShown(robot, "#refund-more-1");
        robot.clickOn("#refund-more-1");
        FxWait.until(() -> !robot.lookup("#refund-confirm").queryButton().isDisabled());
        robot.clickOn("#refund-confirm");
        // The refund takes the next order number (the open order started by "next order" may hold one).
        FxWait.until(() -> refundReceipt(dataDir.resolve(FolderPrinter.FOLDER)).isPresent());
        assertThat(refundReceipt(dataDir.resolve(FolderPrinter.FOLDER)).orElseThrow()).contains("00001-001-0001");
        FxWait.until(() -> till.unsentOrders() == 0);
    }

    private static Optional<String> refundReceipt(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file);
                // Profile 15's demo shop is a Belgian one in French (decision 0232): its receipts speak French.
                if (text.contains("REMBOURSEMENT")) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /** The till in demo mode on the profile; with refunds, the history's Refund wired as TillWindow wires it. */
    private void startTill(Profile profile, boolean refunds) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock, QUICK,
                profile)));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5),
                    owner -> Optional.empty()), 1024, 768));
            stage.show();
            if (refunds) {
                // Without the PIN gate: no PIN is set in demo mode.
                till.offerRefundFromHistory(order -> RefundWindow.show(stage, till.refundModel(Platform::runLater),
                        Optional.of(order.uid()), Texts.of("till.app.texts", Locale.ENGLISH)));
            }
            till.startConnections();
        }).get();
    }

    /** F3 on the selling screen, then a click on the one order the history lists. */
    private static ListView<?> openTheOnlyOrderWithF3(FxRobot robot) throws Exception {
        robot.press(KeyCode.F3).release(KeyCode.F3);
        FxWait.until(() -> robot.lookup("#history-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#history-list").query();
        FxWait.until(() -> list.getItems().size() == 1);
        // The cells follow the items at the next layout pulse.
        FxWait.until(() -> robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .tryQuery().isPresent());
        robot.clickOn(robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .<ListCell<?>>query());
        return list;
    }

    private static void payOneOrder(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup(".order-tab").tryQuery().isPresent());
        robot.clickOn("#product-20");
        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-1");
        FxWait.until(() -> !robot.lookup("#validate").queryButton().isDisabled());
        robot.clickOn("#validate");
    }
}
