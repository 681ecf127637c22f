package till.cashmove;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
import till.fx.Async;
import till.session.CashMove;
import till.session.CashMoveBook;
import till.store.TillStore;
import till.testsupport.Await;

/**
 * The cash in / out screen on Monocle over a real store: Confirm stays disabled without a reason or with an amount
 * that is not one, and a confirmed cash out is recorded off the FX thread and said on the message line.
 */
@ExtendWith(ApplicationExtension.class)
class CashMoveViewTest {

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
    void aReasonAndAnAmountAreRequiredAndTheRecordedMoveIsShown(FxRobot robot) throws Exception {
        store = TillStore.open(dir, Clock.systemUTC());
        CashMoveViewModel model = fx(() -> new CashMoveViewModel(new CashMoveBook(store.cashMoves(),
                Clock.systemUTC(), () -> { }), 3, move -> { }, new Async(io, Platform::runLater),
                Locale.ENGLISH));
        fx(() -> {
            stage.setScene(new Scene(new CashMoveView(model), 480, 360));
            stage.show();
            return null;
        });

        robot.clickOn("#cash-move-amount").write("12,5x");
        assertThat(fx(() -> robot.lookup("#cash-move-confirm").<Button>query().isDisabled())).isTrue();
        robot.clickOn("#cash-move-reason").write("bank deposit");
        assertThat(fx(() -> robot.lookup("#cash-move-confirm").<Button>query().isDisabled()))
                .as("12,5x is not an amount").isTrue();
        robot.doubleClickOn("#cash-move-amount").eraseText(5).write("120,50");
        assertThat(fx(() -> robot.lookup("#cash-move-confirm").<Button>query().isDisabled())).isFalse();
        robot.clickOn("#cash-move-out");
        robot.clickOn("#cash-move-confirm");

        Await.until(() -> read(() -> model.step().get()) == CashMoveViewModel.Step.DONE, "the move is recorded", 10);
        assertThat(fx(() -> robot.lookup("#cash-move-message").<Label>query().getText()))
                .contains("Cash out of 120.50 recorded (bank deposit)");
        CashMove kept = store.cashMoves().of(3).get(0);
        assertThat(kept.direction()).isEqualTo(CashMove.Direction.OUT);
        assertThat(kept.amount()).isEqualByComparingTo("120.50");
        assertThat(fx(() -> robot.lookup("#cash-move-confirm").<Button>query().isDisabled())).isTrue();
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
