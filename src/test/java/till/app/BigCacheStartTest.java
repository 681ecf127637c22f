package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
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
import till.catalog.DemoCatalog;
import till.catalog.Product;
import till.store.TillStore;

/**
 * A till started on a big cache shows its screen from the first products and then sells with every one of them: the
 * real store in a temp dir holding 2 500 products more than the demo shop, the real screen on Monocle, a scan of the
 * last product in the server's order.
 */
@ExtendWith(ApplicationExtension.class)
class BigCacheStartTest {

    private static final int EXTRA = 2_500;

    @TempDir
    Path dataDir;
    private Stage stage;
    private TillScreen till;

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

    private static Catalog bigCatalog() {
        Catalog demo = DemoCatalog.load();
        List<Product> products = new ArrayList<>(demo.products());
        for (int i = 0; i < EXTRA; i++) {
            products.add(new Product(900_001 + i, "Bulk item " + (i + 1), "BULK-" + (i + 1),
                    String.format(Locale.ROOT, "29%011d", i + 1), new BigDecimal("1.00").add(BigDecimal.valueOf(i, 2)),
                    null, List.of()));
        }
        return new Catalog(demo.settings(), demo.categories(), products, demo.taxes(), demo.paymentMethods(),
                demo.customers());
    }

    private static void awaitFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theLastCachedProductIsSoldByBarcodeAfterAStartThatShowedTheFirstOnes(FxRobot robot) throws Exception {
        Catalog cached = bigCatalog();
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            store.catalogCache().replace(cached);
        }
        Product last = cached.products().get(cached.products().size() - 1);

        till = TillScreen.open(dataDir, Clock.systemDefaultZone());
        assertThat(till.catalog().products()).as("the screen starts from the first products only")
                .hasSize(TillScreen.FIRST_PRODUCTS)
                .containsExactlyElementsOf(cached.products().subList(0, TillScreen.FIRST_PRODUCTS));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, Duration.ofSeconds(5)), 1024, 768));
            stage.show();
        }).get();
        awaitFx(() -> robot.lookup(".order-tab").tryQuery().isPresent());
        awaitFx(() -> till.catalog().products().size() == cached.products().size());

        robot.write(last.barcode());
        robot.type(KeyCode.ENTER);

        awaitFx(() -> robot.lookup("#total").tryQuery().map(n -> ((Labeled) n).getText().equals("$ 25.99"))
                .orElse(false));
        assertThat(till.catalog().products()).containsExactlyElementsOf(cached.products());
    }
}
