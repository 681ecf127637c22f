package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.store.StoreException;

/** The real till screen on the real register and H2 store in a temp dir, driven by clicks and keys on Monocle. */
@ExtendWith(ApplicationExtension.class)
class TillScreenTest {

    private static final String OFFICE_LAMP = "#product-6";
    private static final String DRAWER_BLACK_BARCODE = "2000000000275";

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

    /** Opens the store and shows a fresh screen, then waits until the open orders are loaded. */
    private void openTill(FxRobot robot) throws Exception {
        // A generous key gap: the robot types fast, but a loaded CI machine may pause; the gap logic itself is
        // covered by BarcodeBufferTest with a fake clock.
        openTill(robot, Duration.ofSeconds(5));
    }

    private void openTill(FxRobot robot, Duration barcodeKeyGap) throws Exception {
        till = TillScreen.open(dataDir, Clock.systemDefaultZone());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, barcodeKeyGap), 1024, 768));
            stage.setTitle(till.title());
            stage.show();
        }).get();
        awaitFx(() -> robot.lookup(".order-tab").tryQuery().isPresent());
    }

    private void openTillWithAnOfficeLamp(FxRobot robot) throws Exception {
        openTill(robot);
        robot.clickOn(OFFICE_LAMP);
        awaitText(robot, "#total", "$46.00");
    }

    private static void awaitFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).<Labeled>query().getText()).get();
    }

    private static void awaitText(FxRobot robot, String query, String expected) throws Exception {
        awaitFx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText().equals(expected))
                .orElse(false));
    }

    private static void awaitShown(FxRobot robot, String query) throws Exception {
        awaitFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void scan(FxRobot robot, String code) {
        robot.write(code);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void ringsUpAProductByClickAndAnotherByBarcode(FxRobot robot) throws Exception {
        openTillWithAnOfficeLamp(robot);

        scan(robot, DRAWER_BLACK_BARCODE);

        awaitText(robot, "#total", "$71.00");
        assertThat(robot.lookup(".order-line").queryAll()).hasSize(2);
        assertThat(text(robot, "#taxes")).isEqualTo("$6.00");
        assertThat(text(robot, "#untaxed")).isEqualTo("$65.00");
        assertThat(till.title()).isEqualTo("Till \u2014 DEMO");
    }

    @Test
    void anUnknownBarcodeShowsAMessageAndAddsNothing(FxRobot robot) throws Exception {
        openTill(robot);
        scan(robot, "99999999");

        awaitShown(robot, "#notice");
        assertThat(text(robot, "#notice")).contains("99999999");
        assertThat(robot.lookup(".order-line").queryAll()).isEmpty();
    }

    @Test
    void theNumpadChangesQuantityThenDiscount(FxRobot robot) throws Exception {
        openTillWithAnOfficeLamp(robot);

        robot.clickOn("#numpad-digit-3");
        awaitText(robot, "#total", "$138.00");
        robot.clickOn("#mode-discount").clickOn("#numpad-digit-1").clickOn("#numpad-digit-0");

        awaitText(robot, "#total", "$124.20");
        assertThat(text(robot, ".line-detail")).as("tax included, as the demo's configuration shows prices")
                .isEqualTo("3 \u00d7 $46.00");
        assertThat(text(robot, ".line-discount")).isEqualTo("Discount 10 %");
    }

    @Test
    void aSaleCanBeMadeWithTheKeyboardAlone(FxRobot robot) throws Exception {
        openTill(robot, Duration.ofMillis(150));
        robot.clickOn(OFFICE_LAMP);
        awaitText(robot, "#total", "$46.00");

        robot.write("3");
        awaitText(robot, "#total", "$138.00");
        robot.type(KeyCode.F12);
        awaitShown(robot, "#validate");
        robot.clickOn("#method-1");
        awaitText(robot, "#payment-amount-0", "$138.00");
        robot.write("200");
        awaitText(robot, "#change", "$62.00");
        robot.type(KeyCode.ENTER);

        awaitShown(robot, "#next-order");
    }

    @Test
    void anOrderIsParkedAndResumed(FxRobot robot) throws Exception {
        openTillWithAnOfficeLamp(robot);

        robot.clickOn("#new-order");
        awaitFx(() -> robot.lookup(".order-tab").queryAll().size() == 2);
        awaitText(robot, "#total", "$0.00");
        robot.clickOn("#product-49");
        awaitText(robot, "#total", "$1.20");

        robot.clickOn("#order-tab-00001-001-0001");
        awaitText(robot, "#total", "$46.00");
        assertThat(text(robot, ".line-name")).isEqualTo("Office Lamp");
    }

    @Test
    void aCustomerIsChosenBySearchAndRemovedAgain(FxRobot robot) throws Exception {
        openTill(robot);
        robot.clickOn("#customer");
        awaitShown(robot, "#customer-search");
        robot.clickOn("#customer-search").write("gemini");
        awaitFx(() -> robot.lookup("#customer-8").tryQuery().isPresent()
                && robot.lookup("#customer-7").tryQuery().isEmpty());

        robot.clickOn("#customer-8");
        awaitText(robot, "#customer", "Gemini Furniture");
        scan(robot, DRAWER_BLACK_BARCODE);
        awaitText(robot, "#total", "$25.00");

        robot.clickOn("#customer").clickOn("#customer-none");
        awaitText(robot, "#customer", "Customer");
    }

    @Test
    void splitTenderWithCashShowsTheChangeOnTheReceipt(FxRobot robot) throws Exception {
        openTillWithAnOfficeLamp(robot);
        robot.clickOn("#pay");
        awaitShown(robot, "#validate");
        assertThat(robot.lookup("#validate").<Button>query().isDisabled()).isTrue();

        robot.clickOn("#method-2");
        awaitText(robot, "#payment-amount-0", "$46.00");
        robot.clickOn("#pay-numpad-digit-2").clickOn("#pay-numpad-digit-0");
        awaitText(robot, "#remaining", "$26.00");
        assertThat(robot.lookup("#validate").<Button>query().isDisabled()).isTrue();

        robot.clickOn("#method-1");
        awaitText(robot, "#payment-amount-1", "$26.00");
        robot.clickOn("#pay-numpad-digit-5").clickOn("#pay-numpad-digit-0");
        awaitText(robot, "#change", "$24.00");
        awaitFx(() -> !robot.lookup("#validate").<Button>query().isDisabled());
        screenshot("payment.png");

        robot.clickOn("#validate");

        awaitShown(robot, "#next-order");
        String receipt = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#receipt .label").<Label>queryAll().stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b)).get();
        assertThat(receipt).contains("Office Lamp", "1 \u00d7 $ 46.00", "Tax 15.00%", "$ 6.00", "TOTAL", "$ 46.00",
                "Bank", "$ 20.00", "Cash", "$ 50.00", "CHANGE", "$ 24.00", "Order 00001-001-0001",
                "Till Demo Company");
        screenshot("receipt.png");
        assertThat(robot.lookup(".order-tab").queryAll()).as("the paid order left the open orders").isEmpty();

        robot.clickOn("#next-order");
        awaitText(robot, "#total", "$0.00");
        assertThat(robot.lookup(".order-tab").queryAll()).hasSize(1);
    }

    @Test
    void anUnpaidOrderIsStillOpenAfterARestart(FxRobot robot) throws Exception {
        openTill(robot);
        robot.clickOn(OFFICE_LAMP).clickOn(OFFICE_LAMP);
        awaitText(robot, "#total", "$92.00");
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        till.close();
        till = null;

        openTill(robot);

        awaitText(robot, "#total", "$92.00");
        assertThat(text(robot, ".line-detail")).isEqualTo("2 \u00d7 $46.00");
    }

    @Test
    void aSecondTillOnTheSameDataDirectoryIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        openTill(robot);
        try {
            TillScreen.open(dataDir, Clock.systemDefaultZone()).close();
            org.junit.jupiter.api.Assertions.fail("a second till opened the same data directory");
        } catch (StoreException e) {
            assertThat(e.getMessage()).contains("Another Till is already running");
        }
    }

    @Test
    void theSellingScreenLooksRightAt1024x768(FxRobot robot) throws Exception {
        openTill(robot);
        robot.clickOn(OFFICE_LAMP).clickOn("#product-49").clickOn("#product-111");
        robot.clickOn("#mode-discount").clickOn("#numpad-digit-1").clickOn("#numpad-digit-0");
        awaitFx(() -> robot.lookup(".line-discount").tryQuery().isPresent());

        WritableImage image = screenshot("sell.png");

        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(768);
    }

    /** Writes the window to target/screenshots, for a person to look at. */
    private WritableImage screenshot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(toBufferedImage(image), "png", file.toFile());
        return image;
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
