package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The selling and payment screens at 1024×768 on the real till (CounterRig, Monocle): the controls a finger uses are
 * at least 44 px, and the product grid fills its width without a gap at the right.
 */
class TouchTargetsTest extends CounterTest {

    @Test
    void theOrderListsScrollBarIsBigEnoughForAFinger(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        for (String tile : rig.tileIds(12)) {
            robot.clickOn(tile);
        }
        rig.until(() -> rig.fx(() -> robot.lookup("#order-lines .scroll-bar:vertical").queryAll().stream()
                .anyMatch(CounterRig::shown)));

        assertThat(TouchTargets.smallerSides(robot, "#order-lines .scroll-bar:vertical"))
                .allMatch(side -> side >= TouchTargets.SMALLEST).isNotEmpty();
    }

    @Test
    void thePaymentLinesRemoveKeyIsBigEnoughForAFinger(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn("#product-6");
        rig.until(() -> rig.exists(".order-line"));
        robot.clickOn("#pay");
        robot.clickOn("#method-1");
        rig.untilShown("#payment-remove-0");

        assertThat(TouchTargets.smallerSides(robot, "#payment-remove-0"))
                .allMatch(side -> side >= TouchTargets.SMALLEST).isNotEmpty();
    }

    @Test
    void at1024x768TheTilesFillTheGridsWidth(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);

        double gap = rig.fx(() -> rightGap(robot));
        // The scroll bar's room (1.4 em) and the tiles' 2 px inset; today's fixed 140 px tiles left 33 px.
        assertThat(gap).isLessThanOrEqualTo(28);
    }

    /** The room between the right edge of the rightmost tile and the grid's right edge. */
    static double rightGap(FxRobot robot) {
        Node grid = robot.lookup("#products").query();
        double right = grid.localToScene(grid.getLayoutBounds()).getMaxX();
        List<Bounds> tiles = robot.lookup(".product-tile").queryAll().stream().filter(CounterRig::shown)
                .map(n -> n.localToScene(n.getLayoutBounds())).toList();
        return right - tiles.stream().mapToDouble(Bounds::getMaxX).max().orElse(0);
    }
}
