package till.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import till.catalog.Catalog;

/**
 * The real till screen (real register, H2 store in a temp dir) on a stage of a chosen size, for the counter's UI
 * tests on Monocle. Call from the test thread.
 */
final class CounterRig implements AutoCloseable {

    /** Generous: the robot types fast, but a loaded machine may pause; BarcodeBufferTest covers the gap logic. */
    static final Duration SLOW_GAP = Duration.ofSeconds(5);

    private final Stage stage;
    private final TillScreen till;
    private final FxRobot robot;

    private CounterRig(Stage stage, TillScreen till, FxRobot robot) {
        this.stage = stage;
        this.till = till;
        this.robot = robot;
    }

    static CounterRig open(FxRobot robot, Stage stage, Path dataDir, int width, int height, Duration gap)
            throws Exception {
        TillScreen till = TillScreen.open(dataDir, Clock.systemDefaultZone());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, gap), width, height));
            stage.show();
        }).get();
        CounterRig rig = new CounterRig(stage, till, robot);
        rig.until(() -> robot.lookup(".order-tab").tryQuery().isPresent());
        return rig;
    }

    static CounterRig open(FxRobot robot, Stage stage, Path dataDir) throws Exception {
        return open(robot, stage, dataDir, 1024, 768, SLOW_GAP);
    }

    /** The till selling from {@code catalog} (as if cached by setup), at 1024×768. */
    static CounterRig open(FxRobot robot, Stage stage, Path dataDir, Catalog catalog) throws Exception {
        TillScreen till = TillScreen.open(dataDir, Clock.systemDefaultZone(), store -> {
            store.catalogCache().replace(catalog);
            return Optional.empty();
        });
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(till.view(Platform::runLater, SLOW_GAP), 1024, 768));
            stage.show();
        }).get();
        CounterRig rig = new CounterRig(stage, till, robot);
        rig.until(() -> robot.lookup(".order-tab").tryQuery().isPresent());
        return rig;
    }

    Stage stage() {
        return stage;
    }

    void until(Callable<Boolean> condition) throws Exception {
        FxWait.until(condition);
    }

    void untilText(String query, String expected) throws Exception {
        FxWait.untilText(robot, query, expected);
    }

    void untilShown(String query) throws Exception {
        FxWait.untilShown(robot, query);
    }

    <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).<Labeled>query().getText());
    }

    boolean exists(String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    /** Whether a node matching the query is shown (a virtualised list keeps hidden spare cells with old ids). */
    boolean shows(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAll().stream().anyMatch(CounterRig::shown));
    }

    /**
     * Whether a shown node matching the query is in the pseudo-class state (a lookup's selector ignores states:
     * {@code #line-1:selected} would find the line whether or not it is selected).
     */
    boolean shows(String query, String pseudoClass) throws Exception {
        PseudoClass state = PseudoClass.getPseudoClass(pseudoClass);
        return fx(() -> robot.lookup(query).queryAll().stream()
                .anyMatch(n -> shown(n) && n.getPseudoClassStates().contains(state)));
    }

    /** The id of the first shown node matching the query and in the pseudo-class state, or null. */
    String shownId(String query, String pseudoClass) throws Exception {
        PseudoClass state = PseudoClass.getPseudoClass(pseudoClass);
        return fx(() -> robot.lookup(query).queryAll().stream()
                .filter(n -> shown(n) && n.getPseudoClassStates().contains(state)).findFirst()
                .map(Node::getId).orElse(null));
    }

    /** The id of the first shown node matching the query, or null. */
    String shownId(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAll().stream().filter(CounterRig::shown).findFirst()
                .map(Node::getId).orElse(null));
    }

    void scan(String code) {
        robot.write(code);
        robot.type(KeyCode.ENTER);
    }

    /** The ids of the first product tiles the grid shows, top left first. */
    List<String> tileIds(int count) throws Exception {
        return fx(() -> robot.lookup(".product-tile").queryAll().stream()
                .filter(Node::isVisible)
                .sorted((a, b) -> {
                    Bounds x = a.localToScene(a.getBoundsInLocal());
                    Bounds y = b.localToScene(b.getBoundsInLocal());
                    int byRow = Double.compare(x.getMinY(), y.getMinY());
                    return byRow != 0 ? byRow : Double.compare(x.getMinX(), y.getMinX());
                })
                .limit(count).map(n -> "#" + n.getId()).toList());
    }

    /** Whether the node is laid out wholly inside the scene and inside the visible area of {@code container}. */
    boolean fullyVisibleIn(String query, String container) throws Exception {
        return fx(() -> {
            Node node = robot.lookup(query).queryAll().stream().filter(CounterRig::shown).findFirst().orElse(null);
            Node box = robot.lookup(container).query();
            if (node == null) {
                return false;
            }
            Bounds inner = node.localToScene(node.getBoundsInLocal());
            Bounds outer = box.localToScene(box.getBoundsInLocal());
            return inner.getWidth() > 0 && inner.getMinY() >= outer.getMinY() - 0.5
                    && inner.getMaxY() <= outer.getMaxY() + 0.5 && inner.getMinX() >= outer.getMinX() - 0.5
                    && inner.getMaxX() <= outer.getMaxX() + 0.5;
        });
    }

    /** Whether the node and all its parents are visible (a virtualised list keeps spare cells hidden). */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        till.close();
    }
}
