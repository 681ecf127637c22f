package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.catalog.Product;
import till.fx.Async;
import till.register.Register;
import till.testsupport.FakeOpenOrders;
import till.testsupport.FakeOrderNumbers;
import till.testsupport.MutableClock;
import till.testsupport.RecordingOutbox;

/**
 * Two variants of one product with a long name look different on their tiles and lines: the variant stays visible,
 * the base wraps, a tooltip has the whole name (#19 item 9). The real selling screen on Monocle, on a register with
 * an in-memory store.
 */
@ExtendWith(ApplicationExtension.class)
class LongNamesTest {

    private static final String ALUMINIUM = "Conference Chair (CONFIG) (Aluminium)";
    private static final String STEEL = "Conference Chair (CONFIG) (Steel)";

    @Start
    void start(Stage stage) {
        Catalog demo = DemoCatalog.load();
        List<Product> products = new ArrayList<>();
        products.add(new Product(901, ALUMINIUM, "", "", new BigDecimal("39.40"), null, List.of()));
        products.add(new Product(902, STEEL, "", "", new BigDecimal("33.00"), null, List.of()));
        products.addAll(demo.products());
        Catalog catalog = new Catalog(demo.settings(), demo.categories(), products, demo.taxes(),
                demo.paymentMethods(), demo.customers());
        FakeOpenOrders openOrders = new FakeOpenOrders();
        Register register = new Register(() -> catalog, openOrders, new FakeOrderNumbers(),
                new RecordingOutbox(openOrders), new MutableClock(Instant.parse("2026-12-07T10:00:00Z")));
        Messages messages = Messages.forLocale(Locale.ROOT);
        SellScreenModels models = SellScreenModels.create(register, catalog, Async.sameThread(), Async.sameThread(),
                messages, ZoneOffset.UTC);
        SellView view = new SellView(models, messages, System::nanoTime, Duration.ofSeconds(5));
        view.getStylesheets().add(SellView.class.getResource("till.css").toExternalForm());
        models.session().start();
        stage.setScene(new Scene(view, 1024, 768));
        stage.show();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static String texts(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAll().stream().filter(Node::isVisible)
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                .reduce("", (a, b) -> a + "|" + b));
    }

    @Test
    void twoVariantsShowTheirVariantOnTilesAndLinesAndTheWholeNameInATooltip(FxRobot robot) throws Exception {
        assertThat(texts(robot, "#product-901 .label")).contains("Aluminium").doesNotContain("Steel");
        assertThat(texts(robot, "#product-902 .label")).contains("Steel");
        assertThat(fx(() -> robot.lookup("#product-901 .tile-initials").<Labeled>query().getText()))
                .isNotEqualTo(fx(() -> robot.lookup("#product-902 .tile-initials").<Labeled>query().getText()));
        assertThat(fx(() -> robot.lookup("#product-901").<Control>query().getTooltip().getText()))
                .isEqualTo(ALUMINIUM);

        robot.clickOn("#product-901");
        robot.clickOn("#product-902");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#line-2").tryQuery().isPresent()));

        assertThat(texts(robot, "#line-1 .line-variant")).contains("Aluminium");
        assertThat(texts(robot, "#line-2 .line-variant")).contains("Steel");
        assertThat(fx(() -> robot.lookup("#line-2 .line-variant").<Labeled>query().getWidth()))
                .as("the variant is not cut").isGreaterThanOrEqualTo(
                        fx(() -> robot.lookup("#line-2 .line-variant").<Labeled>query().prefWidth(-1)) - 0.5);
    }
}
