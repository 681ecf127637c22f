package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.push.ConnectionState;
import till.worker.Backoff;
import till.demoserver.DemoServer;
import till.demoserver.Profile;
import till.demoserver.Fault;
import till.demoserver.FaultKind;

/**
 * The till in demo mode, as {@code ./mvnw javafx:run} starts it with no server configured: a real in-process demo
 * server on loopback, the real H2 store in a temp dir, real clicks on Monocle. Timings are shortened through
 * {@link LinkTimings}; every wait is bounded and on a condition.
 */
@ExtendWith(ApplicationExtension.class)
class StatusIconsOnDemoServerTest {

    /** Product 20, "Pedal Bin", on the demo server's shelf. */
    private static final String PEDAL_BIN = "#product-20";
    private static final String BANK = "#method-2";
    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));
    /**
     * A sender and a push channel that would wait a minute by themselves after a failure: only a click can make the
     * sender try sooner (the push channel coming back would wake it too).
     */
    private static final LinkTimings PATIENT = new LinkTimings(QUICK.demoHold(), QUICK.pollTimeout(),
            () -> new Backoff(Duration.ofSeconds(60), Duration.ofSeconds(60), () -> 0.5),
            () -> new Backoff(Duration.ofSeconds(60), Duration.ofSeconds(60), () -> 0.5));

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;
    private Stage stage;
    private TillScreen till;
    private final List<ConnectionState> pushStates = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeTill() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        if (till != null) {
            till.close();
        }
    }

    private void openDemoTill(FxRobot robot, LinkTimings timings) throws Exception {
        openDemoTill(robot, timings, Profile.V14);
    }

    /** The till in demo mode on a demo server imitating {@code profile} (these tests use 14's shelf and bus). */
    private void openDemoTill(FxRobot robot, LinkTimings timings, Profile profile) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock, timings,
                profile)));
        till.backend().orElseThrow().pushChannel().addListener(Runnable::run, s -> pushStates.add(s.state()));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5),
                    owner -> Optional.of(exports.resolve("unsent.json"))), 1024, 768));
            stage.setTitle(till.title());
            stage.show();
            till.startConnections();
        }).get();
        awaitFx(() -> robot.lookup(".order-tab").tryQuery().isPresent());
    }

    private DemoServer demo() {
        return till.backend().orElseThrow().demoServer().orElseThrow();
    }

    private static void awaitFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean hasClass(FxRobot robot, String query, String styleClass) {
        return robot.lookup(query).tryQuery().map(n -> n.getStyleClass().contains(styleClass)).orElse(false);
    }

    private static boolean waiting(FxRobot robot) {
        return robot.lookup("#wifi-icon").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("waiting"));
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).<Labeled>query().getText()).get();
    }

    /** Sells one Pedal Bin paid by bank and returns to a new order. */
    private static void sellOne(FxRobot robot) throws Exception {
        sellOne(robot, PEDAL_BIN, BANK);
    }

    private static void sellOne(FxRobot robot, String product, String method) throws Exception {
        robot.clickOn(product);
        awaitFx(() -> !robot.lookup("#total").<Labeled>query().getText().endsWith(" 0.00"));
        robot.clickOn("#pay");
        awaitFx(() -> robot.lookup(method).tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn(method);
        awaitFx(() -> !robot.lookup("#validate").<Button>query().isDisabled());
        robot.clickOn("#validate");
        awaitFx(() -> robot.lookup("#next-order").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#next-order");
    }

    /** The top bar as a PNG in target/screenshots, to look at. */
    private static void screenshotTopBar(FxRobot robot, String name) throws Exception {
        Screenshots.write(robot.lookup(".top-bar").query(), name);
    }

    private void awaitGreenIcons(FxRobot robot) throws Exception {
        awaitFx(() -> hasClass(robot, "#push-icon", "push-green") && !waiting(robot));
    }

    @Test
    void byDefaultTheDemoServerImitatesOdooEighteenAndTheTillSellsAndPushesOverItsWebsocket(FxRobot robot)
            throws Exception {
        Clock clock = Clock.systemDefaultZone();
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock, QUICK)));
        till.backend().orElseThrow().pushChannel().addListener(Runnable::run, s -> pushStates.add(s.state()));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty()),
                    1024, 768));
            stage.show();
            till.startConnections();
        }).get();
        awaitFx(() -> robot.lookup(".order-tab").tryQuery().isPresent());

        awaitGreenIcons(robot);
        assertThat(demo().profile()).isEqualTo(Profile.NEWEST);
        assertThat(demo().openWebsockets()).as("the push channel is the websocket").isEqualTo(1);
        assertThat(demo().heldPolls()).isZero();
        sellOne(robot, "#product-53", "#method-2");
        awaitFx(() -> demo().orderReferences().size() == 1);
        awaitGreenIcons(robot);
    }

    @Test
    void withNoServerConfiguredTheTillSellsFromTheDemoServerAndBothIconsTurnGreen(FxRobot robot) throws Exception {
        openDemoTill(robot, QUICK);

        awaitGreenIcons(robot);
        assertThat(pushStates).startsWith(ConnectionState.STOPPED).contains(ConnectionState.ORANGE)
                .endsWith(ConnectionState.GREEN);
        assertThat(till.title()).isEqualTo("Till \u2014 DEMO");
        assertThat(robot.lookup("#demo-badge").query().isVisible()).isTrue();
        assertThat(till.catalog().settings().configName()).isEqualTo("Shop");
        sellOne(robot);
        awaitFx(() -> demo().orderReferences().size() == 1);
        awaitGreenIcons(robot);
        screenshotTopBar(robot, "status.png");
    }

    @Test
    void theWifiIconIsRedWhileTheServerIsDownAndGreenOnceItIsBackWithoutAClick(FxRobot robot) throws Exception {
        openDemoTill(robot, QUICK);
        awaitGreenIcons(robot);

        demo().inject(Fault.of(FaultKind.DOWN));
        sellOne(robot);

        awaitFx(() -> waiting(robot) && text(robot, "#wifi-icon").equals("1")
                && hasClass(robot, "#push-icon", "push-red"));
        String tooltip = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#wifi-icon").<Button>query().getTooltip()
                .getText()).get();
        assertThat(tooltip).contains("1 paid order to send", "under a minute", "Last error:");
        screenshotTopBar(robot, "status-red.png");
        demo().clear(FaultKind.DOWN);

        awaitGreenIcons(robot);
        assertThat(text(robot, "#wifi-icon")).isEmpty();
        assertThat(demo().orderReferences()).hasSize(1);
        assertThat(robot.lookup("#outbox-panel").query().isVisible()).as("no click opened the panel").isFalse();
    }

    @Test
    void aClickWhileRedSendsAtOnceAndOpensTheOutboxPanel(FxRobot robot) throws Exception {
        openDemoTill(robot, PATIENT);
        awaitGreenIcons(robot);
        demo().inject(Fault.of(FaultKind.DOWN));
        sellOne(robot);
        awaitFx(() -> waiting(robot));
        awaitFx(() -> till.backend().orElseThrow().senderStatus().nextRetry().isPresent());
        demo().clear(FaultKind.DOWN);

        robot.clickOn("#wifi-icon");

        awaitFx(() -> robot.lookup("#outbox-panel").query().isVisible());
        // The sender's own next try is a minute away, and the push channel is still red: only the click sent it.
        awaitFx(() -> !waiting(robot));
        assertThat(demo().orderReferences()).hasSize(1);
        assertThat(hasClass(robot, "#push-icon", "push-red")).isTrue();
        assertThat(till.backend().orElseThrow().senderStatus().nextRetry()).isEmpty();
    }

    @Test
    void theOutboxPanelShowsARejectedOrdersServerMessageAndExportsIt(FxRobot robot) throws Exception {
        openDemoTill(robot, QUICK);
        awaitGreenIcons(robot);
        String name = "Order " + String.format("%05d-%03d-%04d", till.catalog().settings().sessionId(),
                till.catalog().settings().loginNumber(), 1);
        demo().inject(Fault.parse("order-error=" + name));

        sellOne(robot);
        awaitFx(() -> waiting(robot) && text(robot, "#wifi-icon").equals("1"));
        robot.clickOn("#wifi-icon");

        awaitFx(() -> robot.lookup(".outbox-error").tryQuery().isPresent());
        assertThat(text(robot, ".outbox-error")).contains("the server refuses " + name);
        assertThat(text(robot, ".outbox-reference")).isEqualTo(name);
        robot.clickOn("#outbox-export");
        awaitFx(() -> text(robot, "#outbox-message").startsWith("Exported 1 order"));
        assertThat(Files.readString(exports.resolve("unsent.json"))).contains("\"state\" : \"rejected\"",
                "the server refuses " + name);

        demo().clear(FaultKind.ORDER_ERROR);
        robot.clickOn(".outbox-retry");
        awaitFx(() -> !waiting(robot) && robot.lookup(".outbox-row").queryAll().stream()
                .noneMatch(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null));
        assertThat(demo().orderReferences()).containsExactly(name);
    }

    @Test
    void aClickOnThePushIconReconnectsRotatingAndShowsWhy(FxRobot robot) throws Exception {
        openDemoTill(robot, QUICK);
        awaitGreenIcons(robot);
        demo().inject(Fault.of(FaultKind.DOWN));
        awaitFx(() -> hasClass(robot, "#push-icon", "push-red"));
        int before = pushStates.size();

        robot.clickOn("#push-icon");

        awaitFx(() -> robot.lookup("#push-detail").query().isVisible());
        assertThat(pushStates.subList(before, pushStates.size())).contains(ConnectionState.ROTATING);
        awaitFx(() -> hasClass(robot, "#push-icon", "push-red"));
        // The headline is said once, above; the detail under "Details" says since when, why and what to do.
        assertThat(text(robot, "#push-headline")).isEqualTo("No connection to the server: offline mode.");
        assertThat(text(robot, "#push-explanation")).startsWith("Since ").contains("What to do:");
        demo().clear(FaultKind.DOWN);
        awaitGreenIcons(robot);
        assertThat(text(robot, "#push-headline")).isEqualTo("Online: the server can push to this till.");
    }
}
