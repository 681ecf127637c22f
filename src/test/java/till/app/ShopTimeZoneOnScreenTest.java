package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.demoserver.DemoCompany;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.Setup;
import till.setup.TillConfig;
import till.worker.Backoff;

/**
 * A Belgian shop (the demo server's company, its user in Europe/Brussels) on a till whose machine and clock are in
 * Auckland: the receipt on screen and the order history write the paid time in Brussels time, in the French way of
 * writing a date and a time (decision 0246). Real till, store and demo server on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class ShopTimeZoneOnScreenTest {

    private static final ZoneId MACHINE = ZoneId.of("Pacific/Auckland");
    private static final ZoneId SHOP = ZoneId.of("Europe/Brussels");
    private static final Locale FRENCH_BELGIUM = Locale.forLanguageTag("fr-BE");
    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));

    @TempDir
    Path dataDir;
    private Stage stage;
    private DemoServer server;
    private TillScreen till;
    private TimeZone machineBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void machineInAuckland() {
        // The machine's zone differs from the shop's whatever the machine running the test is set to.
        machineBefore = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(MACHINE));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        if (till != null) {
            till.close();
        }
        if (server != null) {
            server.close();
        }
        TimeZone.setDefault(machineBefore);
    }

    @Test
    void theReceiptAndTheHistoryWriteThePaidTimeInTheShopsZoneAndLanguage(FxRobot robot) throws Exception {
        Clock clock = Clock.system(MACHINE);
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withCompany(DemoCompany.BE)
                .withHold(Duration.ofMillis(300)));
        TillConfig config = new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true);
        new ConfigFile(dataDir).write(config);
        new PasswordFile(dataDir).write(DemoServer.PASSWORD);
        Setup.Result setUp = new Setup(config, DemoServer.PASSWORD).run();
        assertThat(setUp.snapshot().catalog().settings().timeZone()).as("the Odoo user's tz").isEqualTo(
                SHOP.getId());
        till = TillScreen.open(dataDir, clock, store -> {
            store.catalogCache().replace(setUp.snapshot().catalog());
            return Optional.of(Backends.create(dataDir, store, clock, QUICK));
        });
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5)), 1024, 768));
            stage.show();
        }).get();
        FxWait.until(() -> robot.lookup(".order-tab").tryQuery().isPresent());

        Instant before = Instant.now();
        robot.clickOn("#product-6");
        robot.clickOn("#pay");
        FxWait.untilShown(robot, "#validate");
        robot.clickOn("#method-1");
        robot.clickOn("#validate");
        FxWait.untilShown(robot, "#next-order");
        Instant after = Instant.now();

        DateTimeFormatter receiptWhen = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(FRENCH_BELGIUM);
        Set<String> inBrussels = written(receiptWhen, SHOP, before, after);
        Set<String> inAuckland = written(receiptWhen, MACHINE, before, after);
        FxWait.until(() -> shown(stage.getScene().getRoot()).stream().anyMatch(inBrussels::contains));
        assertThat(shown(stage.getScene().getRoot())).as("the receipt on screen").doesNotContainAnyElementsOf(
                inAuckland);

        robot.clickOn("#open-history");
        DateTimeFormatter historyTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(till.locale());
        Set<String> shortInBrussels = written(historyTime, SHOP, before, after);
        Set<String> shortInAuckland = written(historyTime, MACHINE, before, after);
        FxWait.until(() -> historyTexts().stream().anyMatch(t -> shortInBrussels.stream().anyMatch(t::contains)));
        assertThat(historyTexts()).as("the history's order").noneMatch(t -> shortInAuckland.stream()
                .anyMatch(t::contains));
    }

    /** The instant of every second between the two, as the formatter writes it in the zone. */
    private static Set<String> written(DateTimeFormatter format, ZoneId zone, Instant from, Instant to) {
        Set<String> out = new HashSet<>();
        for (Instant t = from.minusSeconds(1); !t.isAfter(to.plusSeconds(1)); t = t.plusSeconds(1)) {
            out.add(format.withZone(zone).format(t));
        }
        return out;
    }

    /** The texts of every window but the till's: the history's. */
    private List<String> historyTexts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window != stage && window.getScene() != null) {
                    texts.addAll(labels(window.getScene().getRoot()));
                }
            }
            return texts;
        }).get();
    }

    private static List<String> shown(javafx.scene.Parent root) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> labels(root)).get();
    }

    private static List<String> labels(javafx.scene.Parent root) {
        List<String> texts = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                texts.add(labeled.getText());
            }
        }
        return texts;
    }
}
