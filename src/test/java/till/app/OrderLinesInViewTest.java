package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The line the numpad edits stays on screen with more lines than fit: after an add, a merge into an earlier line
 * and the resume of a parked order; the lines are virtualised (#19 item 2).
 */
class OrderLinesInViewTest extends CounterTest {

    /** Twelve demo products, each with its own barcode: more lines than fit at 1024×768. */
    private static final List<String> BARCODES = List.of("2000000000060", "2000000000275", "2000000000497",
            "2000000001012", "2000000001029", "2000000001036", "2000000001043", "2000000001111", "2000000001128",
            "2000000001135", "2000000001142", "2000000001210");

    private void ringUpTwelveLines() throws Exception {
        for (String code : BARCODES) {
            rig.scan(code);
        }
        rig.until(() -> rig.shows("#line-12", "selected"));
    }

    @Test
    void theAddedLineIsVisibleAndOnlyTheVisibleLinesHaveNodes(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        ringUpTwelveLines();

        rig.until(() -> rig.fullyVisibleIn("#line-12", "#order-lines"));
        assertThat(rig.fx(() -> robot.lookup(".order-line").queryAll().stream().filter(CounterRig::shown).count()))
                .as("a node per visible line, not per line").isLessThan(BARCODES.size());
    }

    @Test
    void aProductMergedIntoAnEarlierLineBringsThatLineIntoView(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        ringUpTwelveLines();
        rig.until(() -> rig.fullyVisibleIn("#line-12", "#order-lines"));
        assertThat(rig.fullyVisibleIn("#line-1", "#order-lines")).as("the first line scrolled away").isFalse();

        rig.scan(BARCODES.get(0));

        rig.until(() -> rig.shows("#line-1", "selected"));
        rig.until(() -> rig.fullyVisibleIn("#line-1", "#order-lines"));
        assertThat(rig.text("#line-1 .line-detail")).startsWith("2 \u00d7");
    }

    @Test
    void aResumedOrderShowsItsSelectedLine(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        ringUpTwelveLines();
        robot.clickOn("#new-order");
        rig.until(() -> robot.lookup(".order-tab").queryAll().size() == 2);
        rig.until(() -> !rig.exists("#line-12"));

        robot.clickOn("#order-tab-00001-001-0001");

        rig.until(() -> rig.shows("#line-12", "selected"));
        rig.until(() -> rig.fullyVisibleIn("#line-12", "#order-lines"));
    }
}
