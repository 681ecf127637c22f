package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Twelve open orders at 1024×768 keep the shop's name, the status area and the + button where they are, the
 * current tab whole, no scroll bar over the tabs; parked tabs say whose order, its total and its age (#19 item 1).
 */
class OrderTabsTest extends CounterTest {

    private static final int ORDERS = 12;

    private Bounds bounds(FxRobot robot, String query) throws Exception {
        return rig.fx(() -> {
            Node node = robot.lookup(query).query();
            return node.localToScene(node.getBoundsInLocal());
        });
    }

    private boolean atFullWidth(FxRobot robot, String query) throws Exception {
        return rig.fx(() -> {
            Region node = robot.lookup(query).query();
            return node.getWidth() >= node.prefWidth(-1) - 0.5;
        });
    }

    private void openTwelveOrdersTheFirstForGemini(FxRobot robot) throws Exception {
        robot.clickOn("#product-6");
        rig.untilText("#total", "$46.00");
        robot.clickOn("#customer");
        rig.untilShown("#customer-search");
        robot.clickOn("#customer-search").write("gemini");
        rig.until(() -> robot.lookup("#customer-8").tryQuery().isPresent()
                && robot.lookup("#customer-7").tryQuery().isEmpty());
        robot.clickOn("#customer-8");
        rig.untilText("#customer", "Gemini Furniture");
        for (int i = 2; i <= ORDERS; i++) {
            robot.clickOn("#new-order");
            String tab = String.format("#order-tab-00001-001-%04d", i);
            rig.until(() -> rig.exists(tab));
        }
    }

    @Test
    void twelveOrdersKeepTheBarInPlaceAndTheCurrentTabWhole(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        Bounds plusBefore = bounds(robot, "#new-order");

        openTwelveOrdersTheFirstForGemini(robot);

        assertThat(bounds(robot, "#new-order")).as("+ stays where the cashier taps it").isEqualTo(plusBefore);
        assertThat(atFullWidth(robot, "#brand")).as("the shop's name is not cut").isTrue();
        assertThat(atFullWidth(robot, "#status-area")).as("the status icons are not squeezed").isTrue();
        assertThat(robot.lookup(".top-bar .scroll-bar").queryAll()).as("no scroll bar over the tabs").isEmpty();
        String current = "#order-tab-00001-001-0012";
        assertThat(rig.fullyVisibleIn(current, ".top-bar")).isTrue();
        assertThat(bounds(robot, current).getMaxX()).isLessThanOrEqualTo(bounds(robot, "#new-order").getMinX());
        assertThat(rig.text("#more-orders")).matches("\\+\\d+");
    }

    @Test
    void aParkedTabSaysWhoseOrderItsTotalAndItsAge(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        openTwelveOrdersTheFirstForGemini(robot);

        String tab = rig.fx(() -> robot.lookup("#order-tab-00001-001-0001 .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).reduce("", (a, b) -> a + "\n" + b));

        assertThat(tab).contains("#1 \u00b7 Gemini Furniture", "$46.00 \u00b7 new");
    }

    @Test
    void anOrderBehindTheMenuIsResumedFromIt(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        openTwelveOrdersTheFirstForGemini(robot);
        String hidden = "#order-tab-00001-001-0011";
        assertThat(rig.exists(hidden)).as("the eleventh order does not fit as a tab").isFalse();

        robot.clickOn("#more-orders");
        robot.clickOn("#more-order-00001-001-0011");

        rig.until(() -> rig.shows(hidden, "selected"));
        assertThat(rig.fullyVisibleIn(hidden, ".top-bar")).isTrue();
    }
}
