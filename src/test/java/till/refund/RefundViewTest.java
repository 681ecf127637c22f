package till.refund;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import till.fx.Async;
import till.order.PaidOrder;
import till.refunds.Refunds;
import till.refunds.ServerRefunds;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.RefundOrders;

/**
 * The refund screen on Monocle over a real H2 store, with its I/O on another thread: the cashier scans the receipt,
 * picks one unit of a line, sees the amount to pay out, refunds, and the refund is committed to the outbox once.
 */
@ExtendWith(ApplicationExtension.class)
class RefundViewTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TillStore store;
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        io.shutdownNow();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theCashierScansTheReceiptPicksALineAndRefundsItOnce(FxRobot robot) throws Exception {
        store = TillStore.open(dir, Clock.systemUTC());
        PaidOrder original = RefundOrders.original(7, 100, 27, 49, 2, Instant.now());
        store.outbox().commitPaid(original);
        Catalog catalog = RefundOrders.catalog(7);
        Refunds refunds = new Refunds(() -> catalog, store.refundHistory(), ServerRefunds.NONE, store.orderNumbers(),
                store.outbox(), Clock.systemUTC());
        RefundViewModel model = fx(() -> new RefundViewModel(refunds, catalog.paymentMethods(),
                new Async(io, Platform::runLater), refund -> { }, Locale.ENGLISH));
        fx(() -> {
            stage.setScene(new Scene(new RefundView(model), 520, 480));
            stage.show();
            return null;
        });

        robot.clickOn("#refund-reference").write(original.uid()).type(javafx.scene.input.KeyCode.ENTER);
        Await.until(() -> read(() -> model.step().get()) == RefundViewModel.Step.CHOOSING, "the order found", 10);
        assertThat(fx(() -> robot.lookup("#refund-confirm").<Button>query().isDisabled())).isTrue();
        robot.clickOn("#refund-more-3");
        Await.until(() -> read(() -> robot.lookup("#refund-payout").<Label>query().getText())
                .equals("To pay out: 4.00"), "the amount to pay out", 10);
        assertThat(fx(() -> robot.lookup("#refund-qty-3").<Label>query().getText())).isEqualTo("1");
        robot.clickOn("#refund-confirm");

        Await.until(() -> read(() -> model.step().get()) == RefundViewModel.Step.DONE, "the refund committed", 10);
        assertThat(fx(() -> robot.lookup("#refund-message").<Label>query().getText()))
                .startsWith("Refunded Order 00007-").endsWith(": pay out 4.00 in Cash.");
        assertThat(fx(() -> robot.lookup("#refund-confirm").<Button>query().isDisabled())).isTrue();
        assertThat(store.outbox().list()).hasSize(2);
    }

    private static <T> T read(Callable<T> read) {
        try {
            return fx(read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
