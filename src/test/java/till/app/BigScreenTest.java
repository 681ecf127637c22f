package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The selling screen uses a 1920×1080 screen (#19 item 8): on the real till (CounterRig, Monocle) the tiles, the
 * fonts and the order panel are larger than at 1024×768, and the product grid leaves no large empty band. Tagged
 * big-screen: it runs in the surefire execution whose headless screen is 1920×1080 (pom.xml).
 */
@Tag("big-screen")
class BigScreenTest extends CounterTest {

    /** What a person sees of the screen's size, measured on the shown nodes. */
    private record Sizes(double tileWidth, double tileHeight, double nameFont, double totalFont, double panelWidth,
                         double rightGap, double bottomGap, boolean scrolls) {
    }

    @Test
    void at1920x1080TilesFontsAndTheOrderPanelAreLargerAndTheProductsFillTheirArea(FxRobot robot) throws Exception {
        Sizes small = measure(robot, 1024, 768);
        Sizes big = measure(robot, 1920, 1080);

        assertThat(big.tileWidth()).isGreaterThan(small.tileWidth() * 1.2);
        assertThat(big.tileHeight()).isGreaterThan(small.tileHeight() * 1.2);
        assertThat(big.nameFont()).isGreaterThan(small.nameFont() * 1.2);
        assertThat(big.totalFont()).isGreaterThan(small.totalFont() * 1.2);
        // Today's order panel stops at 430 px whatever the screen.
        assertThat(big.panelWidth()).isGreaterThan(500);
        // No empty band: at the right only the scroll bar's room; below, less than one row, or the grid scrolls.
        assertThat(big.rightGap()).isLessThanOrEqualTo(40);
        assertThat(big.scrolls() || big.bottomGap() < big.tileHeight()).as("bottom gap %s", big.bottomGap()).isTrue();
        assertThat(small.rightGap()).isLessThanOrEqualTo(28);
    }

    private Sizes measure(FxRobot robot, int width, int height) throws Exception {
        if (rig != null) {
            rig.close();
        }
        rig = CounterRig.open(robot, stage, dataDir, width, height, CounterRig.SLOW_GAP);
        robot.clickOn("#product-6");
        rig.until(() -> rig.exists(".order-line"));
        return rig.fx(() -> {
            Node grid = robot.lookup("#products").query();
            Bounds area = grid.localToScene(grid.getLayoutBounds());
            List<Bounds> tiles = robot.lookup(".product-tile").queryAll().stream().filter(CounterRig::shown)
                    .map(n -> n.localToScene(n.getLayoutBounds())).toList();
            Bounds first = tiles.get(0);
            double lowest = tiles.stream().mapToDouble(Bounds::getMaxY).max().orElse(0);
            Node panel = robot.lookup(".order-panel").query();
            boolean scrolls = robot.lookup("#products .scroll-bar:vertical").queryAll().stream()
                    .anyMatch(CounterRig::shown);
            return new Sizes(first.getWidth(), first.getHeight(), font(robot, ".tile-name"), font(robot, "#total"),
                    panel.getLayoutBounds().getWidth(), TouchTargetsTest.rightGap(robot),
                    area.getMaxY() - lowest, scrolls);
        });
    }

    private static double font(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(CounterRig::shown).findFirst()
                .map(n -> ((Labeled) n).getFont().getSize()).orElseThrow();
    }
}
