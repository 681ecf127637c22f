package till.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Bounded waits on conditions read on the FX thread, for the window tests. Call from the test thread. */
final class FxWait {

    private FxWait() {
    }

    static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void untilText(FxRobot robot, String query, String expected) throws Exception {
        until(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText().equals(expected)).orElse(false));
    }

    static void untilShown(FxRobot robot, String query) throws Exception {
        until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }
}
