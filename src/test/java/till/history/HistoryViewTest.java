package till.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.fx.Async;
import till.odoo.Credentials;
import till.odoo.OdooServerOrders;
import till.order.PaidOrder;
import till.print.FolderPrinter;
import till.print.PaperWidth;
import till.print.PrintJob;
import till.print.PrintJobState;
import till.print.PrintQueue;
import till.print.ReceiptSource;
import till.sell.MoneyFormat;
import till.sell.Receipt;
import till.session.OrderHistory;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.PaidOrders;
import till.worker.Backoff;
import till.worker.WakeableSleeper;

/**
 * The order history screen on Monocle over a real H2 store and the folder (demo) printer: it lists the session's
 * orders newest first, the search narrows them, opening one shows its receipt, Reprint prints a copy marked
 * DUPLICATE through the durable print queue (the original printed once, no second original), and the server search
 * says why it could not reach the server.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path dir;

    private Stage stage;
    private TillStore store;
    private PrintQueue queue;
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        io.shutdownNow();
        if (queue != null) {
            queue.stop(Duration.ofSeconds(5));
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchOpenAndReprintACopyMarkedDuplicate(FxRobot robot) throws Exception {
        store = TillStore.open(dir, Clock.systemUTC());
        Catalog catalog = DemoCatalog.load();
        queue = new PrintQueue(store.printJobs(), new FolderPrinter(dir.resolve("receipts"), PaperWidth.MM80,
                Clock.systemUTC()), ReceiptSource.of(() -> catalog, ZoneOffset.UTC), new WakeableSleeper(),
                Backoff::standard, Clock.systemUTC());
        queue.start();
        List<PaidOrder> paid = List.of(order(1, "3.20"), order(2, "12.50"), order(3, "7.00"));
        for (PaidOrder p : paid) {
            store.outbox().commitPaid(p);
            queue.receiptPaid(p, false);
        }
        Await.until(() -> printed(paid.get(1).uid(), false) == 1, "the originals print", 10);
        OrderHistory history = new OrderHistory(store.sessionOrders());
        Async async = new Async(io, Platform::runLater);
        HistoryViewModel model = fx(() -> new HistoryViewModel(() -> history.of(1, catalog),
                new Receipt(catalog, ZoneOffset.UTC)::rows, new QueueCopies(queue, async, null),
                Optional.of(OdooServerOrders.connecting(URI.create("http://127.0.0.1:9"), new Credentials("shop",
                        "admin", "admin"), 1)), async, Locale.ENGLISH));
        fx(() -> {
            stage.setScene(new Scene(new HistoryView(model, new MoneyFormat(catalog.settings().currency()), ZoneOffset.UTC), 900,
                    680));
            stage.show();
            model.load();
            return null;
        });
        ListView<?> list = robot.lookup("#history-list").query();
        Await.until(() -> read(() -> list.getItems().size()) == 3, "the three orders are listed", 10);
        // The cells follow the items at the next layout pulse, not at once.
        Await.until(() -> read(() -> cellText(robot, 0)).startsWith(paid.get(2).name()), "the newest is first", 10);

        robot.clickOn("#history-search").write("12,50");
        Await.until(() -> read(() -> list.getItems().size()) == 1, "the search narrows to one", 10);
        Await.until(() -> read(() -> cellText(robot, 0)).startsWith(paid.get(1).name()), "its cell shows", 10);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null).<Node>query());

        VBox receipt = robot.lookup("#history-receipt").query();
        Await.until(() -> read(() -> receipt.getChildren().size()) > 3, "the receipt shows", 10);
        assertThat(fx(() -> receipt.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList()))
                .anySatisfy(text -> assertThat(text).contains(paid.get(1).uid()));
        assertThat(fx(() -> robot.lookup("#history-reprint").<Button>query().isDisabled())).isFalse();

        robot.clickOn("#history-reprint");

        Await.until(() -> printed(paid.get(1).uid(), true) == 1, "the copy prints", 10);
        assertThat(printed(paid.get(1).uid(), false)).isEqualTo(1);
        assertThat(queue.jobs(20).stream().filter(j -> j.orderUid().equals(Optional.of(paid.get(1).uid()))))
                .hasSize(2);

        robot.clickOn("#history-server-search");
        Await.until(() -> read(() -> !model.searching().get() && !model.serverMessage().get().startsWith("Searching")),
                "the server search ends", 20);
        assertThat(fx(() -> robot.lookup("#server-message").<Label>query().getText()))
                .startsWith("The server cannot be reached: ");
    }

    private static PaidOrder order(int n, String price) {
        return PaidOrders.paid(1, n, 5, price, 2, NOON.plusSeconds(60L * n));
    }

    /** How many printed receipts of this order there are, copies or originals. */
    private long printed(String uid, boolean duplicate) {
        return queue.jobs(50).stream().filter(j -> j.orderUid().equals(Optional.of(uid)))
                .filter(j -> j.duplicate() == duplicate).map(PrintJob::state).filter(PrintJobState.PRINTED::equals)
                .count();
    }

    /** The text of the cell showing this index, or "" while no cell shows it yet. */
    private static String cellText(FxRobot robot, int index) {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> c.getIndex() == index && c.getItem() != null)
                .<ListCell<?>>tryQuery().map(ListCell::getText).orElse("");
    }

    private static <T> T read(Callable<T> work) {
        try {
            return fx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
