package till.app;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Measures what a finger has to hit: the shown nodes' sizes on screen. Call from the test thread. */
final class TouchTargets {

    /** The smallest a touch target may be, in px, on either side. */
    static final double SMALLEST = 44;

    private TouchTargets() {
    }

    /** The smaller side of every shown node that matches the query, in scene px (empty when none is shown). */
    static List<Double> smallerSides(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAll().stream().filter(CounterRig::shown)
                .map(TouchTargets::smallerSide).toList()).get();
    }

    private static double smallerSide(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return Math.min(bounds.getWidth(), bounds.getHeight());
    }
}
