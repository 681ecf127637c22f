package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
import till.testsupport.Await;
import till.testsupport.SenderRig;

/**
 * A send whose answer was lost, on a real sender and H2 store: the Wi-Fi icon stays red with the order counted, its
 * tooltip and the outbox panel say the till is checking whether the server got it and since when, and once the lookup
 * found it the panel says so and the icon turns green. Real JavaFX on Monocle; time is the rig's fake clock (10:00
 * UTC).
 */
@ExtendWith(ApplicationExtension.class)
class OutboxPanelOnUnknownOutcomeTest {

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
    void theIconAndThePanelSayTheTillIsCheckingAndThenThatALookupFoundTheOrder(FxRobot robot) throws Exception {
        FakeServerTransport server = new FakeServerTransport();
        rig = new SenderRig(dir, server, UnaryOperator.identity(), Duration.ofSeconds(120));
        PaidOrder order = rig.pay(1, 1).get(0);
        StatusViews views = fx(this::show);
        server.storeThenLoseAnswer();
        rig.sender.start();
        rig.sleeper.nextSleep();

        WifiViewModel wifi = views.wifi();
        Await.until(() -> read(() -> wifi.count().get()).equals("1"), "the icon counts the order", 10);
        assertThat(fx(() -> icon(robot).getPseudoClassStates().toString())).contains("waiting");
        assertThat(fx(() -> wifi.tooltip().get())).contains("1 paid order to send")
                .contains("checking whether the server got it (since 10:00)");
        fx(() -> {
            views.outbox().open();
            return null;
        });
        Await.until(() -> read(() -> rowText(robot, order)).startsWith("Checking whether the server got it (since"
                + " 10:00)."), "the panel's row", 10);

        while (rig.clock.instant().isBefore(SenderRig.T0.plusSeconds(120))) {
            rig.sleeper.elapse();
            rig.sleeper.nextSleep();
        }

        assertThat(rig.state(order)).isEqualTo(OutboxState.SENT);
        Await.until(() -> read(() -> rowText(robot, order)).equals("Found on the server by a lookup."),
                "the panel says how it ended", 10);
        assertThat(fx(() -> wifi.count().get())).isEmpty();
        assertThat(fx(() -> wifi.tooltip().get())).isEqualTo("Every paid order has reached the server.");
        assertThat(server.calls()).hasSize(1);
    }

    private static String rowText(FxRobot robot, PaidOrder order) {
        Optional<Node> row = robot.lookup("#outbox-row-" + order.uid()).tryQuery();
        return row.map(r -> robot.from(r).lookup(".outbox-error").<Label>query().getText()).orElse("");
    }

    private StatusViews show() {
        MoneyFormat money = new MoneyFormat(new Currency(1, "USD", "$", new BigDecimal("0.01"), 2, true));
        StatusWords words = new StatusWords(money, rig.clock, ZoneOffset.UTC);
        StatusViews views = new StatusViews(delivery(rig.sender), outbox(), new FakePushChannel(),
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

    /** The store's outbox as the composition root hands it to the panel. */
    private OutboxAccess outbox() {
        return new OutboxAccess() {
            @Override
            public List<OutboxEntry> unsent() {
                return rig.store.outbox().list().stream().filter(e -> e.state() != OutboxState.SENT).toList();
            }

            @Override
            public List<OutboxEntry> now(Collection<String> uids) {
                return rig.store.outbox().list().stream().filter(e -> uids.contains(e.uid())).toList();
            }

            @Override
            public int export(Path file) {
                return 0;
            }
        };
    }

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

    private static <T> T read(Callable<T> read) {
        try {
            return fx(read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs on the FX thread after every update queued before it, and returns what it read. */
    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
