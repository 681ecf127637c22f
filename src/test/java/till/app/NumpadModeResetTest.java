package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The numpad goes back to Qty on a new line and a new order, as Odoo's POS does (#19 item 3). */
class NumpadModeResetTest extends CounterTest {

    private static final String OFFICE_LAMP = "#product-6";
    private static final String WHITEBOARD_PEN = "#product-49";

    private boolean quantityMode(FxRobot robot) throws Exception {
        return rig.fx(() -> robot.lookup("#mode-quantity").<ToggleButton>query().isSelected());
    }

    @Test
    void aDigitAfterAddingAProductSetsTheQuantityNotADiscount(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn(OFFICE_LAMP);
        rig.untilText("#total", "$46.00");
        robot.clickOn("#mode-discount").clickOn("#numpad-digit-1").clickOn("#numpad-digit-0");
        rig.untilText("#total", "$41.40");

        robot.clickOn(WHITEBOARD_PEN);
        rig.untilText("#total", "$42.60");
        assertThat(quantityMode(robot)).isTrue();
        robot.clickOn("#numpad-digit-2");

        rig.untilText("#total", "$43.80");
        assertThat(robot.lookup(".line-discount").queryAll()).as("only the lamp has a discount").hasSize(1);
    }

    @Test
    void aNewOrderStartsInQuantityMode(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn(OFFICE_LAMP);
        rig.untilText("#total", "$46.00");
        robot.clickOn("#mode-price");

        robot.clickOn("#new-order");
        rig.until(() -> robot.lookup(".order-tab").queryAll().size() == 2);

        assertThat(quantityMode(robot)).isTrue();
    }

    @Test
    void resumingAParkedOrderStartsInQuantityMode(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn(OFFICE_LAMP);
        rig.untilText("#total", "$46.00");
        robot.clickOn("#new-order");
        rig.until(() -> robot.lookup(".order-tab").queryAll().size() == 2);
        robot.clickOn("#mode-discount");

        robot.clickOn("#order-tab-00001-001-0001");
        rig.untilText("#total", "$46.00");

        assertThat(quantityMode(robot)).isTrue();
    }
}
