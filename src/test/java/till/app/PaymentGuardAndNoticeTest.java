package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Predictable payment errors are prevented before Validate, and messages show where they hide no button, an error
 * until acknowledged (#19 item 6).
 */
class PaymentGuardAndNoticeTest extends CounterTest {

    private Bounds bounds(FxRobot robot, String query) throws Exception {
        return rig.fx(() -> {
            Node node = robot.lookup(query).query();
            return node.localToScene(node.getBoundsInLocal());
        });
    }

    @Test
    void aCardAmountAboveWhatIsDueKeepsValidateOffAndSaysWhy(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn("#product-6");
        rig.untilText("#total", "$46.00");
        robot.clickOn("#pay");
        robot.clickOn("#method-2");
        rig.untilText("#payment-amount-0", "$46.00");

        robot.clickOn("#pay-numpad-digit-6").clickOn("#pay-numpad-digit-0");

        rig.untilText("#payment-amount-0", "$60.00");
        rig.untilShown("#payment-refusal");
        assertThat(rig.text("#payment-refusal")).contains("only given in cash", "$14.00");
        assertThat(rig.fx(() -> robot.lookup("#validate").<Button>query().isDisabled())).isTrue();

        robot.clickOn("#pay-numpad-backspace").clickOn("#pay-numpad-backspace");
        robot.clickOn("#pay-numpad-digit-4").clickOn("#pay-numpad-digit-6");
        rig.until(() -> !robot.lookup("#validate").<Button>query().isDisabled());
        assertThat(rig.fx(() -> robot.lookup("#payment-refusal").query().isVisible())).isFalse();
    }

    @Test
    void theAmountDueAndTheChangeAreTwiceAsLargeAsTheTotal(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn("#product-6");
        rig.untilText("#total", "$46.00");
        robot.clickOn("#pay");
        robot.clickOn("#method-1").clickOn("#pay-numpad-digit-5").clickOn("#pay-numpad-digit-0");
        rig.untilText("#change", "$4.00");

        double total = rig.fx(() -> robot.lookup("#pay-total").<Labeled>query().getFont().getSize());
        assertThat(rig.fx(() -> robot.lookup("#change").<Labeled>query().getFont().getSize()))
                .isGreaterThanOrEqualTo(2 * total);
        assertThat(rig.fx(() -> robot.lookup("#remaining").<Labeled>query().getFont().getSize()))
                .isGreaterThanOrEqualTo(2 * total);
    }

    @Test
    void anUnknownBarcodeStaysUntilAcknowledgedAndHidesNoButton(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);

        rig.scan("99999999");

        rig.untilShown("#notice-ok");
        assertThat(rig.text("#notice")).contains("99999999");
        assertThat(bounds(robot, "#notice-bar").intersects(bounds(robot, "#pay"))).isFalse();
        assertThat(bounds(robot, "#notice-bar").intersects(bounds(robot, "#new-order"))).isFalse();
        robot.clickOn("#notice-ok");
        rig.until(() -> !robot.lookup("#notice-bar").query().isVisible());
    }

    @Test
    void escapeAcknowledgesAnError(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        rig.scan("99999999");
        rig.untilShown("#notice-ok");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        rig.until(() -> !robot.lookup("#notice-bar").query().isVisible());
    }
}
