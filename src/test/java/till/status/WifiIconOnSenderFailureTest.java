package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.catalog.Currency;
import till.fx.Async;
import till.order.PaidOrder;
import till.outbox.FakeServerTransport;
import till.outbox.OrderSender;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.SenderStatus;
import till.sell.MoneyFormat;
import till.testsupport.FlakyQueue;
import till.testsupport.SenderRig;

/**
 * A real order sender on a real H2 store whose queue breaks once: the Wi-Fi icon, its tooltip and the outbox panel
 * say "internal error" with the cause, then the sender's worker starts again by itself and the waiting order arrives
 * exactly once. Real JavaFX on Monocle; time between tries is the rig's fake sleeper.
 */
@ExtendWith(ApplicationExtension.class)
class WifiIconOnSenderFailureTest {

    private static final String CAUSE = "internal error: IllegalStateException: outbox row 7 cannot be read";

    @TempDir
    Path dir;

    private Stage stage;
    private SenderRig rig;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void anUnexpectedFailureTurnsTheIconRedWithItsCauseAndTheSenderComesBackAndDeliversOnce(FxRobot robot)
            throws Exception {
        FakeServerTransport server = new FakeServerTransport();
        rig = new SenderRig(dir, server, queue -> new FlakyQueue(queue,
                new IllegalStateException("outbox row 7 cannot be read")));
        PaidOrder order = rig.pay(1, 1).get(0);
        StatusViews views = fx(this::show);
        rig.sender.start();

        rig.sleeper.nextSleep();
        WifiViewModel wifi = views.wifi();
        assertThat(fx(() -> wifi.failed().get())).isTrue();
        assertThat(fx(() -> wifi.tooltip().get())).startsWith(CAUSE + "\n" + StatusWords.RESTARTS);
        assertThat(fx(() -> icon(robot).getPseudoClassStates().toString())).contains("failed");
        fx(() -> {
            views.outbox().open();
            return null;
        });
        Label problem = robot.lookup("#outbox-problem").query();
        assertThat(fx(problem::isVisible)).isTrue();
        assertThat(fx(problem::getText)).isEqualTo(CAUSE + "\n" + StatusWords.RESTARTS);
        assertThat(rig.state(order)).isEqualTo(OutboxState.WAITING);

        rig.sleeper.elapse();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(fx(() -> wifi.failed().get())).isFalse();
        assertThat(fx(() -> icon(robot).getPseudoClassStates())).isEmpty();
        assertThat(fx(() -> wifi.tooltip().get())).isEqualTo("Every paid order has reached the server.");
        assertThat(fx(problem::isVisible)).isFalse();
        assertThat(server.calls()).containsExactly(List.of(order.name()));
        assertThat(server.storedNames()).containsExactly(order.name());
        assertThat(rig.state(order)).isEqualTo(OutboxState.SENT);
    }

    private StatusViews show() {
        MoneyFormat money = new MoneyFormat(new Currency(1, "USD", "$", new BigDecimal("0.01"), 2, true));
        StatusWords words = new StatusWords(money, Clock.systemUTC(), ZoneOffset.UTC);
        StatusViews views = new StatusViews(delivery(rig.sender), unsent(), new FakePushChannel(),
                Async.sameThread(), words, money, owner -> Optional.empty(), false);
        views.listen(Platform::runLater);
        HBox bar = new HBox(views.icons().toArray(new Node[0]));
        bar.getStyleClass().add("status-area");
        StackPane root = new StackPane(bar);
        root.getChildren().addAll(views.overlays());
        root.getStylesheets().add(StatusViews.STYLESHEET);
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
        return views;
    }

    private OutboxAccess unsent() {
        return new OutboxAccess() {
            @Override
            public List<OutboxEntry> unsent() {
                return rig.store.outbox().list().stream().filter(e -> e.state() != OutboxState.SENT).toList();
            }

            @Override
            public int export(Path file) {
                return 0;
            }
        };
    }

    /** The sender as the composition root hands it to the status views. */
    private static OrderDelivery delivery(OrderSender sender) {
        return new OrderDelivery() {
            @Override
            public void addListener(Consumer<SenderStatus> listener, Executor executor) {
                sender.addListener(listener, executor);
            }

            @Override
            public void sendNow() {
                sender.sendNow();
            }

            @Override
            public void retryRejected(String uid) {
                sender.retryRejected(uid);
            }

            @Override
            public void retryAllRejected() {
                sender.retryAllRejected();
            }
        };
    }

    private static Button icon(FxRobot robot) {
        return robot.lookup("#wifi-icon").query();
    }

    /** Runs on the FX thread after every update queued before it, and returns what it read. */
    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
