package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the selling and payment screens at 1024×768 and 1920×1080 to target/screens, for a person to look at (the
 * copies in docs/screens come from here); checks only that the screens were drawn at those sizes. Tagged big-screen:
 * it runs in the surefire execution whose headless screen is 1920×1080 (pom.xml).
 */
@Tag("big-screen")
class CounterScreenshotsTest extends CounterTest {

    @ParameterizedTest
    @CsvSource({"1024, 768", "1920, 1080"})
    void theSellingAndPaymentScreens(int width, int height, FxRobot robot) throws Exception {
        // Monocle's headless screen is 1280×800 unless -Dheadless.geometry=1920x1080-32 (pom.xml's big-screen run).
        Rectangle2D screen = WaitForAsyncUtils.asyncFx(() -> Screen.getPrimary().getBounds()).get();
        assertThat(screen.getWidth()).as("the headless screen's width").isGreaterThanOrEqualTo(width);
        assertThat(screen.getHeight()).as("the headless screen's height").isGreaterThanOrEqualTo(height);
        rig = CounterRig.open(robot, stage, dataDir, width, height, CounterRig.SLOW_GAP);
        robot.clickOn("#product-6").clickOn("#product-49").clickOn("#product-6");
        rig.scan("2000000001128");
        rig.until(() -> rig.exists("#line-3"));
        robot.clickOn("#mode-discount").clickOn("#numpad-digit-1").clickOn("#numpad-digit-0");
        rig.until(() -> rig.exists(".line-discount"));
        robot.clickOn("#new-order");
        rig.until(() -> rig.exists("#order-tab-00001-001-0002"));
        robot.clickOn("#order-tab-00001-001-0001");
        rig.until(() -> rig.exists("#line-3"));

        WritableImage sell = screenshot("sell-" + width + "x" + height + ".png");
        robot.clickOn("#pay");
        robot.clickOn("#method-1");
        rig.untilShown("#validate");
        robot.clickOn("#pay-numpad-plus-50").clickOn("#pay-numpad-plus-50");
        WritableImage pay = screenshot("payment-" + width + "x" + height + ".png");

        assertThat(sell.getWidth()).isEqualTo(width);
        assertThat(pay.getHeight()).isEqualTo(height);
    }

    private WritableImage screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path file = Path.of("target", "screens", name);
        Files.createDirectories(file.getParent());
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
        return image;
    }
}
