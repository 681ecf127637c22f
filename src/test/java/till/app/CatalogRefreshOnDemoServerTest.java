package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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
import till.push.PartnerSyncHandler;
import till.push.PosChannels;
import till.catalog.Customer;
import till.catalog.Product;
import till.odoo.JsonRpcClient;
import till.worker.Backoff;
import till.demoserver.DemoServer;
import till.demoserver.Profile;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.testsupport.MutableClock;

/**
 * The till keeps its catalog in step with the server: after the push channel was away longer than the server keeps
 * notifications, and when {@code pos_partner_sync} says customers changed (a 14 module: the demo server imitates 14). A real demo server on loopback, the real
 * store, the real screen on Monocle; the till's clock is moved by the test, never waited for.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogRefreshOnDemoServerTest {

    /** Product 20, "Pedal Bin", 47.00 on the demo server's shelf; customer 14, "Azure Interior". */
    private static final int PEDAL_BIN = 20;
    private static final int AZURE = 14;
    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));

    @TempDir
    Path dataDir;
    private Stage stage;
    private TillScreen till;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final List<ConnectionState> pushStates = new CopyOnWriteArrayList<>();

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

    private void openDemoTill(FxRobot robot) throws Exception {
        till = TillScreen.open(dataDir, clock, store -> Optional.of(Backends.create(dataDir, store, clock, QUICK,
                Profile.V14)));
        till.backend().orElseThrow().pushChannel().addListener(Runnable::run, s -> pushStates.add(s.state()));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5),
                    owner -> Optional.empty()), 1024, 768));
            stage.show();
            till.startConnections();
        }).get();
        awaitFx(() -> robot.lookup(".order-tab").tryQuery().isPresent());
        awaitFx(() -> pushStates.contains(ConnectionState.GREEN));
    }

    private DemoServer demo() {
        return till.backend().orElseThrow().demoServer().orElseThrow();
    }

    private static void awaitFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String tileText(FxRobot robot, int productId, String part) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#product-" + productId).lookup(part).tryQuery()
                .map(n -> ((Labeled) n).getText()).orElse("")).get();
    }

    private static List<String> customerNames(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#customer-list").<ListView<Customer>>query().getItems()
                .stream().map(Customer::name).toList()).get();
    }

    @Test
    void afterAGapLongerThanTheServerKeepsNotificationsTheNewPricesAndNamesReachTheCacheAndTheScreen(FxRobot robot)
            throws Exception {
        openDemoTill(robot);
        assertThat(tileText(robot, PEDAL_BIN, ".tile-name")).isEqualTo("Pedal Bin");
        robot.clickOn("#product-" + PEDAL_BIN);
        awaitFx(() -> robot.lookup("#total").<Labeled>query().getText().endsWith("47.00"));

        int loginNumber = till.storedCatalog().orElseThrow().settings().loginNumber();
        demo().setProductPrice(PEDAL_BIN, new BigDecimal("52.50"));
        demo().rename("product.product", PEDAL_BIN, "Pedal Bin XL");
        demo().inject(Fault.parse("down"));
        awaitFx(() -> pushStates.get(pushStates.size() - 1) == ConnectionState.RED);
        clock.advance(Duration.ofSeconds(101));
        demo().clear(FaultKind.DOWN);

        awaitFx(() -> tileText(robot, PEDAL_BIN, ".tile-name").equals("Pedal Bin XL"));
        assertThat(tileText(robot, PEDAL_BIN, ".tile-price")).contains("52.50");
        Product stored = till.storedCatalog().orElseThrow().product(PEDAL_BIN).orElseThrow();
        assertThat(stored.name()).isEqualTo("Pedal Bin XL");
        assertThat(stored.listPrice()).isEqualByComparingTo("52.50");
        assertThat(till.storedCatalog().orElseThrow().settings().demo()).as("still the demo catalog").isTrue();
        assertThat(till.storedCatalog().orElseThrow().settings().loginNumber())
                .as("pos.session.login once per start: a reload keeps the login number").isEqualTo(loginNumber);
        assertThat(robot.lookup("#total").<Labeled>query().getText()).as("the open order keeps its price")
                .endsWith("47.00");

        robot.clickOn("#product-" + PEDAL_BIN);
        awaitFx(() -> robot.lookup("#total").<Labeled>query().getText().endsWith("99.50"));
    }

    @Test
    void aPartnerSyncNotificationReloadsThatCustomerIntoTheCacheAndTheChooser(FxRobot robot) throws Exception {
        openDemoTill(robot);
        assertThat(customerNames(robot)).contains("Azure Interior");

        demo().rename("res.partner", AZURE, "Azure Interior Ltd");
        ObjectNode update = JsonRpcClient.MAPPER.createObjectNode().put("message", "update_partner_fields")
                .put("action", "");
        update.putArray("partner_ids").add(AZURE);
        demo().publish(PosChannels.of(demo().database(), PartnerSyncHandler.CHANNEL, 1), update);

        awaitFx(() -> customerNames(robot).contains("Azure Interior Ltd"));
        assertThat(customerNames(robot)).doesNotContain("Azure Interior");
        assertThat(till.storedCatalog().orElseThrow().customer(AZURE).orElseThrow().name())
                .isEqualTo("Azure Interior Ltd");
    }
}
