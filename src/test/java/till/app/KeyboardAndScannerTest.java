package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The counter without the mouse (#19 item 4): a scan on the receipt is the next customer's first item, never lost;
 * a whole sale runs from the keyboard; search results and customers are chosen with the arrows and Enter; F1 shows
 * the key map.
 */
class KeyboardAndScannerTest extends CounterTest {

    private static final String DRAWER_BLACK_BARCODE = "2000000000275";
    /** Long enough that the robot's scans are scans, short enough that a single digit soon goes to the numpad. */
    private static final Duration KEY_GAP = Duration.ofMillis(300);

    private void payTheLampInCash(FxRobot robot) throws Exception {
        robot.clickOn("#product-6");
        rig.untilText("#total", "$46.00");
        robot.clickOn("#pay");
        robot.clickOn("#method-1");
        rig.untilText("#payment-amount-0", "$46.00");
        robot.clickOn("#validate");
        rig.untilShown("#next-order");
    }

    @Test
    void aBarcodeScannedOnTheReceiptStartsTheNextOrderWithThatItem(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        payTheLampInCash(robot);

        rig.scan(DRAWER_BLACK_BARCODE);

        rig.untilText("#total", "$25.00");
        assertThat(rig.text(".line-name")).isEqualTo("Drawer Black");
        assertThat(rig.shows("#order-tab-00001-001-0002", "selected")).as("a new order, not the paid one").isTrue();
        assertThat(rig.exists("#next-order")).as("the receipt made way for the selling screen").isFalse();
    }

    @Test
    void twoQuickScansOnTheReceiptBothLandInTheNextOrder(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        payTheLampInCash(robot);

        rig.scan(DRAWER_BLACK_BARCODE);
        rig.scan(DRAWER_BLACK_BARCODE);

        rig.untilText("#total", "$50.00");
        assertThat(rig.text(".line-detail")).startsWith("2 \u00d7");
    }

    @Test
    void aWholeSaleRunsFromTheKeyboardAlone(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir, 1024, 768, KEY_GAP);

        rig.scan(DRAWER_BLACK_BARCODE);
        rig.untilText("#total", "$25.00");
        robot.write("3");
        rig.untilText("#total", "$75.00");
        robot.type(KeyCode.D);
        robot.write("10");
        rig.untilText("#total", "$67.50");
        robot.type(KeyCode.F4);
        rig.untilShown("#customer-search");
        robot.write("gemini");
        rig.until(() -> robot.lookup("#customer-7").tryQuery().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        rig.untilText("#customer", "Gemini Furniture");
        robot.type(KeyCode.F12);
        rig.untilShown("#validate");
        robot.type(KeyCode.F5);
        rig.untilText("#payment-amount-0", "$67.50");
        robot.write("100");
        rig.untilText("#change", "$32.50");
        robot.type(KeyCode.ENTER);
        rig.untilShown("#next-order");

        robot.type(KeyCode.ENTER);

        rig.untilText("#total", "$0.00");
        assertThat(rig.text("#customer")).isEqualTo("Customer");
    }

    @Test
    void theArrowsPointAtASearchResultAndEnterAddsIt(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.type(KeyCode.F2);
        robot.write("chair");
        rig.until(() -> robot.lookup("#product-6").tryQuery().map(n -> !CounterRig.shown(n)).orElse(true));

        robot.type(KeyCode.ENTER);
        rig.until(() -> rig.shows(".product-tile", "highlighted"));
        assertThat(robot.lookup(".order-line").queryAll()).as("Enter on several results adds nothing").isEmpty();
        String first = rig.shownId(".product-tile", "highlighted");
        robot.type(KeyCode.RIGHT);
        rig.until(() -> !rig.shows("#" + first, "highlighted"));
        String second = rig.shownId(".product-tile", "highlighted");
        String secondName = rig.text("#" + second + " .tile-name");
        robot.type(KeyCode.ENTER);

        rig.until(() -> rig.exists("#line-1"));
        assertThat(rig.text(".line-name")).isEqualTo(secondName);
    }

    @Test
    void f1ShowsTheKeyMapAndEscapeHidesIt(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);

        robot.type(KeyCode.F1);
        rig.untilShown("#key-map");
        assertThat(rig.fx(() -> robot.lookup("#key-map .key-cap").queryAll().size())).isGreaterThan(10);
        robot.type(KeyCode.ESCAPE);

        rig.until(() -> !robot.lookup("#key-map").query().isVisible());
    }
}
