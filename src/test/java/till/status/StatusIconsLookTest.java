package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.push.BusCause;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.catalog.Currency;
import till.fx.Async;
import till.outbox.FailureKind;
import till.outbox.OutboxEntry;
import till.outbox.SenderStatus;
import till.sell.MoneyFormat;
import till.worker.WorkerState;

/** The two icons' look and words for each status, pushed through fakes; real JavaFX on Monocle. */
@ExtendWith(ApplicationExtension.class)
class StatusIconsLookTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:42:00Z");
    private final FakePushChannel channel = new FakePushChannel();
    private final RecordingOrderDelivery delivery = new RecordingOrderDelivery();
    /** What the outbox holds: nothing, unless a test puts an order in. */
    private final List<OutboxEntry> unsent = new java.util.concurrent.CopyOnWriteArrayList<>();
    private StatusViews views;

    @Start
    void start(Stage stage) {
        MoneyFormat money = new MoneyFormat(currency());
        StatusWords words = new StatusWords(money, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
        OutboxAccess none = new OutboxAccess() {
            @Override
            public List<OutboxEntry> unsent() {
                return List.copyOf(unsent);
            }

            @Override
            public int export(Path file) throws IOException {
                return 0;
            }
        };
        views = new StatusViews(delivery, none, channel, Async.sameThread(), words, money, owner -> Optional.empty(),
                false);
        views.listen(Runnable::run);
        HBox bar = new HBox(views.icons().toArray(new javafx.scene.Node[0]));
        bar.getStyleClass().add("status-area");
        StackPane root = new StackPane(bar);
        root.getChildren().addAll(views.overlays());
        root.getStylesheets().add(StatusViews.STYLESHEET);
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    private static Currency currency() {
        return new Currency(1, "USD", "$", new BigDecimal("0.01"), 2, true);
    }

    private void push(ConnectionState state, BusCause cause) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> channel.push(new ConnectionStatus(state, NOW.minusSeconds(120), cause)))
                .get();
        // let the layout pulse lay out the new texts before the robot reads the icon's bounds from this thread
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> pushClasses(FxRobot robot) {
        return robot.lookup("#push-icon").query().getStyleClass().stream().filter(c -> c.startsWith("push-"))
                .toList();
    }

    private static String tooltip(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).<Button>query().getTooltip().getText()).get();
    }

    @Test
    void eachConnectionStateHasItsStyleClassAndItsWords(FxRobot robot) throws Exception {
        push(ConnectionState.ORANGE, BusCause.serverAnswered());
        assertThat(pushClasses(robot)).containsExactly("push-icon", "push-orange");
        assertThat(tooltip(robot, "#push-icon")).isEqualTo("The server answers, but no response from polling yet."
                + "\nSince 10:40: The server answers; waiting for the first poll to complete.");

        push(ConnectionState.GREEN, BusCause.pollCompleted());
        assertThat(pushClasses(robot)).containsExactly("push-icon", "push-green");
        assertThat(tooltip(robot, "#push-icon")).startsWith("Online: the server can push to this till.");

        BusCause misrouted = new BusCause(BusCause.Kind.BUS_UNAVAILABLE, "The server answered bus.Bus unavailable.",
                "Route /longpolling to port 8072.");
        push(ConnectionState.RED, misrouted);
        assertThat(pushClasses(robot)).containsExactly("push-icon", "push-red");
        assertThat(tooltip(robot, "#push-icon")).isEqualTo("No connection to the server: offline mode."
                + "\nSince 10:40: The server answered bus.Bus unavailable.\nWhat to do: Route /longpolling to port 8072.");
        assertThat(turning(robot)).isFalse();

        push(ConnectionState.ROTATING, BusCause.reconnecting());
        assertThat(pushClasses(robot)).containsExactly("push-icon", "push-rotating");
        assertThat(turning(robot)).isTrue();
        push(ConnectionState.GREEN, BusCause.pollCompleted());
        assertThat(turning(robot)).isFalse();
    }

    @Test
    void theWebsocketsLooksSayWhatTheyMeanInTheSameStyle(FxRobot robot) throws Exception {
        push(ConnectionState.ROTATING, new BusCause(BusCause.Kind.CONNECTING, "Connecting to the server's websocket"
                + " (https://shop.example.com/websocket).", ""));
        assertThat(tooltip(robot, "#push-icon")).isEqualTo("Connecting now.\nSince 10:40: Connecting to the server's"
                + " websocket (https://shop.example.com/websocket).");
        assertThat(turning(robot)).isTrue();

        push(ConnectionState.ORANGE, new BusCause(BusCause.Kind.SILENT, "The websocket is open, but the server has not"
                + " answered Till's ping for 5 s.", "Till reconnects by itself if no answer comes."));
        assertThat(pushClasses(robot)).containsExactly("push-icon", "push-orange");
        assertThat(tooltip(robot, "#push-icon")).startsWith("Connected, but the server has stopped answering.\n")
                .endsWith("What to do: Till reconnects by itself if no answer comes.");

        push(ConnectionState.ORANGE, new BusCause(BusCause.Kind.POLLING_FALLBACK, "Something strips the websocket"
                + " upgrade (HTTP 400 instead of 101).", "Make the proxy pass the Upgrade and Connection headers."));
        assertThat(tooltip(robot, "#push-icon")).startsWith("Connected by polling: the websocket is blocked on the"
                + " way, so pushes come late.\nSince 10:40: Something strips the websocket upgrade");
        robot.clickOn("#push-icon");
        assertThat(robot.lookup("#push-headline").<javafx.scene.control.Label>query().getText())
                .isEqualTo("Connected by polling: the websocket is blocked on the way, so pushes come late.");
    }

    private static boolean turning(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#push-icon").<PushIconView>query().turning()).get();
    }

    @Test
    void aClickOnThePushIconReconnectsAndOpensTheDetail(FxRobot robot) throws Exception {
        push(ConnectionState.RED, new BusCause(BusCause.Kind.REFUSED, "The server refused the connection.",
                "Check that Odoo runs."));

        robot.clickOn("#push-icon");

        assertThat(channel.reconnects).hasValue(1);
        assertThat(robot.lookup("#push-detail").query().isVisible()).isTrue();
        assertThat(robot.lookup("#push-explanation").<javafx.scene.control.Label>query().getText())
                .contains("Since 10:40: The server refused the connection.", "What to do: Check that Odoo runs.");
        robot.clickOn("#push-close");
        assertThat(robot.lookup("#push-detail").query().isVisible()).isFalse();
    }

    @Test
    void theWifiIconIsRedWithTheCountAndTheMoneyAtRiskInItsTooltip(FxRobot robot) throws Exception {
        SenderStatus waiting = new SenderStatus(WorkerState.RUNNING, Optional.empty(), 3, 1,
                new BigDecimal("71.50"), Optional.of(NOW.minus(Duration.ofMinutes(12))), true,
                "The server cannot be reached right now.", Optional.of(FailureKind.RETRYABLE),
                Optional.of(NOW.plusSeconds(60)));
        WaitForAsyncUtils.asyncFx(() -> delivery.push(waiting)).get();

        Button icon = robot.lookup("#wifi-icon").query();
        assertThat(icon.getText()).isEqualTo("4");
        assertThat(icon.getPseudoClassStates().toString()).contains("waiting", "sending");
        assertThat(tooltip(robot, "#wifi-icon")).isEqualTo("3 paid orders to send: $ 71.50, the oldest paid 12 min"
                + " ago.\n1 paid order refused by the server: open the outbox to see why.\nSending now\u2026\n"
                + "Last error: The server cannot be reached right now.\nNext try by itself at 10:43; click to send"
                + " now.");

        WaitForAsyncUtils.asyncFx(() -> delivery.push(new SenderStatus(WorkerState.RUNNING, Optional.empty(), 0, 0,
                BigDecimal.ZERO, Optional.empty(), false, "", Optional.empty(), Optional.empty()))).get();
        assertThat(icon.getText()).isEmpty();
        assertThat(icon.getPseudoClassStates()).isEmpty();
        assertThat(tooltip(robot, "#wifi-icon")).isEqualTo("Every paid order has reached the server.");
    }

    @Test
    void anInternalErrorOfTheSenderTurnsTheWifiIconRedEvenWithNothingWaitingUntilItRunsAgain(FxRobot robot)
            throws Exception {
        SenderStatus failed = new SenderStatus(WorkerState.FAILED,
                Optional.of("internal error: IllegalStateException: outbox row 7 cannot be read"), 0, 0,
                BigDecimal.ZERO, Optional.empty(), false, "", Optional.empty(), Optional.empty());
        WaitForAsyncUtils.asyncFx(() -> delivery.push(failed)).get();

        Button icon = robot.lookup("#wifi-icon").query();
        assertThat(icon.getText()).isEmpty();
        assertThat(icon.getPseudoClassStates().toString()).contains("failed").doesNotContain("waiting");
        assertThat(tooltip(robot, "#wifi-icon")).isEqualTo("internal error: IllegalStateException: outbox row 7"
                + " cannot be read\nThe order sender starts again by itself; paid orders stay saved on this till.");
        javafx.scene.control.Label problem = robot.lookup("#outbox-problem").query();
        assertThat(problem.getText()).startsWith("internal error: IllegalStateException: outbox row 7 cannot be"
                + " read\n");

        WaitForAsyncUtils.asyncFx(() -> delivery.push(new SenderStatus(WorkerState.RUNNING, Optional.empty(), 0, 0,
                BigDecimal.ZERO, Optional.empty(), false, "", Optional.empty(), Optional.empty()))).get();
        assertThat(icon.getPseudoClassStates()).isEmpty();
        assertThat(tooltip(robot, "#wifi-icon")).isEqualTo("Every paid order has reached the server.");
        assertThat(problem.getText()).isEmpty();
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void aClickOnTheWifiIconSendsNowAndOpensTheOutboxPanel(FxRobot robot) {
        // Retry all is on only while an order waits (decision 0244).
        unsent.add(new OutboxEntry("uid-1", "Shop/0001", till.outbox.OutboxState.WAITING, BigDecimal.TEN, NOW, 1,
                ""));
        robot.clickOn("#wifi-icon");

        assertThat(delivery.commands).containsExactly("send now");
        assertThat(robot.lookup("#outbox-panel").query().isVisible()).isTrue();
        robot.clickOn("#outbox-retry-all");
        assertThat(delivery.commands).containsExactly("send now", "retry all", "send now");
    }
}
