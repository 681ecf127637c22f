package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.catalog.Currency;
import till.fx.Async;
import till.outbox.FailureKind;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.SenderStatus;
import till.push.BusCause;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.sell.MoneyFormat;
import till.worker.WorkerState;

/**
 * The status panels as a cashier meets them (issue #19 item 10, decision 0244): the red push panel says
 * "keep selling" first and keeps the admin's advice behind Details, with its headline said once; the empty outbox
 * panel is a line, not a box of empty rows, with nothing to retry or export; a long row keeps its Retry button
 * whole; the Wi-Fi tooltip gives one cause. Real JavaFX on Monocle, statuses pushed through fakes.
 */
@ExtendWith(ApplicationExtension.class)
class StatusPanelsLayoutTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:42:00Z");
    private static final String ADVICE = "Route /longpolling to port 8072.";
    private final FakePushChannel channel = new FakePushChannel();
    private final RecordingOrderDelivery delivery = new RecordingOrderDelivery();
    private final List<OutboxEntry> unsent = new CopyOnWriteArrayList<>();
    private StatusViews views;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MoneyFormat money = new MoneyFormat(new Currency(1, "USD", "$", new BigDecimal("0.01"), 2, true));
        StatusWords words = new StatusWords(money, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
        OutboxAccess outbox = new OutboxAccess() {
            @Override
            public List<OutboxEntry> unsent() {
                return List.copyOf(unsent);
            }

            @Override
            public int export(Path file) {
                return unsent.size();
            }
        };
        views = new StatusViews(delivery, outbox, channel, Async.sameThread(), words, money, owner -> Optional.empty(),
                false);
        views.listen(Runnable::run);
        HBox bar = new HBox(views.icons().toArray(new Node[0]));
        bar.getStyleClass().add("status-area");
        StackPane root = new StackPane(bar);
        root.getChildren().addAll(views.overlays());
        root.getStylesheets().add(StatusViews.STYLESHEET);
        // Monocle's headless screen is 1280x800; the panels are at most 760 wide, so 1920x1080 lays them out the same.
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    @Test
    void theRedPushPanelSaysKeepSellingFirstAndKeepsTheAdminAdviceBehindDetails(FxRobot robot) throws Exception {
        fx(() -> {
            channel.push(new ConnectionStatus(ConnectionState.RED, NOW.minusSeconds(120), new BusCause(
                    BusCause.Kind.BUS_UNAVAILABLE, "The server answered bus.Bus unavailable.", ADVICE)));
            return null;
        });
        robot.clickOn("#push-icon");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = fx(() -> shownTexts(stage.getScene().lookup("#push-detail")));
        String headline = "No connection to the server: offline mode.";
        assertThat(shown).as("the headline, said once").filteredOn(t -> t.contains(headline)).hasSize(1);
        assertThat(shown).as("no admin advice before Details is opened").noneMatch(t -> t.contains("8072"));
        String keepSelling = "Keep selling: orders are kept safely on this till and will be sent when the connection"
                + " is back.";
        assertThat(shown).contains(keepSelling);
        assertThat(fx(() -> y("#push-keep-selling") < y("#push-details"))).as("keep selling comes first").isTrue();
        assertThat(fx(() -> y("#push-headline") < y("#push-keep-selling"))).isTrue();

        robot.clickOn(robot.lookup("#push-details").lookup(".title").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> opened = fx(() -> shownTexts(stage.getScene().lookup("#push-detail")));
        assertThat(opened).anyMatch(t -> t.contains("What to do: " + ADVICE));
        assertThat(opened).as("the headline, still once").filteredOn(t -> t.contains(headline)).hasSize(1);
        assertThat(fx(() -> stage.getScene().lookup(".push-card").getLayoutBounds().getHeight()))
                .as("sized to its content").isLessThan(500);
    }

    @Test
    void aGreenPushPanelHasNoKeepSellingLine(FxRobot robot) throws Exception {
        fx(() -> {
            channel.push(new ConnectionStatus(ConnectionState.GREEN, NOW, BusCause.pollCompleted()));
            return null;
        });
        robot.clickOn("#push-icon");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> stage.getScene().lookup("#push-keep-selling").isVisible())).isFalse();
    }

    @Test
    void theEmptyOutboxPanelIsOneLineWithNothingToRetryOrExport(FxRobot robot) throws Exception {
        robot.clickOn("#wifi-icon");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> stage.getScene().lookup("#outbox-retry-all").isDisabled())).isTrue();
        assertThat(fx(() -> stage.getScene().lookup("#outbox-export").isDisabled())).isTrue();
        assertThat(fx(() -> stage.getScene().getRoot().lookupAll(".list-cell"))).as("no empty striped rows")
                .isEmpty();
        assertThat(fx(() -> shownTexts(stage.getScene().lookup("#outbox-panel"))))
                .contains("Every paid order has reached the server.");
        double card = fx(() -> stage.getScene().lookup(".outbox-card").getLayoutBounds().getHeight());
        assertThat(card).as("as tall as a title, a line and the buttons").isLessThan(260);
        assertThat(fx(() -> stage.getScene().lookup("#outbox-close").isDisabled())).isFalse();
    }

    @Test
    void aLongRowKeepsItsRetryButtonWholeAndRetryAllIsOnWhileOrdersWait(FxRobot robot) throws Exception {
        unsent.add(new OutboxEntry("uid-1", "Shop/0001-042-0007", OutboxState.WAITING, new BigDecimal("1234567.89"),
                NOW.minusSeconds(600), 12, "The server answered with an HTML error page (HTTP 500) instead of"
                + " Odoo's JSON; the proxy in front of it said: upstream prematurely closed connection while"
                + " reading response header from upstream, client: 10.0.0.5, server: shop.example.com, request:"
                + " POST /web/dataset/call_kw/pos.order/create_from_ui"));
        robot.clickOn("#wifi-icon");
        WaitForAsyncUtils.waitForFxEvents();

        Button retry = robot.lookup(".outbox-retry").query();
        assertThat(fx(() -> ((Text) retry.lookup(".text")).getText())).isEqualTo("Retry");
        assertThat(fx(() -> retry.getWidth() >= retry.prefWidth(-1) - 0.5)).isTrue();
        assertThat(fx(() -> stage.getScene().lookup("#outbox-retry-all").isDisabled())).isFalse();
        assertThat(fx(() -> stage.getScene().lookup("#outbox-export").isDisabled())).isFalse();
        Region card = (Region) stage.getScene().lookup(".outbox-card");
        assertThat(fx(() -> card.getHeight())).as("one row, no empty ones under it").isLessThan(400);
    }

    @Test
    void theWifiTooltipGivesOneCauseOnce() throws Exception {
        String html = "The server answered with an HTML error page (HTTP 500) instead of Odoo's JSON.";
        fx(() -> {
            delivery.push(new SenderStatus(WorkerState.RUNNING, Optional.empty(), 2, 0, new BigDecimal("40.00"),
                    Optional.of(NOW.minusSeconds(300)), false, FailureKind.RETRYABLE.advice() + " " + html,
                    Optional.of(FailureKind.RETRYABLE), Optional.of(NOW.plusSeconds(60))));
            return null;
        });

        String tooltip = fx(() -> views.wifi().tooltip().get());
        assertThat(tooltip).as("no second, contradicting cause").doesNotContain("cannot be reached");
        assertThat(tooltip).contains("Last error: " + html + " The orders wait and are sent again by themselves.");
        assertThat(tooltip.split("HTML error page", -1)).hasSize(2);
    }

    private double y(String id) {
        Node node = stage.getScene().lookup(id);
        return node.localToScene(node.getLayoutBounds()).getMinY();
    }

    /** The texts a person sees in the node: of labels and buttons shown, inside parents shown. */
    private static List<String> shownTexts(Node node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
