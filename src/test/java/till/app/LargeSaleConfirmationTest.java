package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import till.order.LargeSale;
import till.setup.ConfigFile;
import till.setup.TillConfig;

/**
 * Pay asks before a very large sale (#19 item 5: a 121 299-unit sale was validated without a word): Yes or Enter goes
 * on to payment, No or Esc returns to the order untouched; an ordinary sale is not asked about.
 */
class LargeSaleConfirmationTest extends CounterTest {

    /** The issue's mistake: a code typed into the quantity, 121 299 Office Lamps. */
    private void ringUpTheIssuesSale(FxRobot robot) throws Exception {
        robot.clickOn("#product-6");
        rig.untilText("#total", "$46.00");
        for (char digit : "121299".toCharArray()) {
            robot.clickOn("#numpad-digit-" + digit);
        }
        rig.untilText("#total", "$5,579,754.00");
    }

    @Test
    void aSaleAboveTheLimitsAsksAndNoKeepsTheOrderAsItWas(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        ringUpTheIssuesSale(robot);

        robot.clickOn("#pay");

        rig.untilShown("#large-sale");
        assertThat(rig.text("#large-sale-amount")).isEqualTo("Total $5,579,754.00");
        assertThat(rig.text("#large-sale-quantity")).contains("121,299");
        assertThat(rig.shows("#validate")).as("not on the payment screen yet").isFalse();

        robot.clickOn("#large-sale-no");

        rig.until(() -> !rig.shows("#large-sale"));
        assertThat(rig.shows("#validate")).isFalse();
        assertThat(rig.text("#total")).isEqualTo("$5,579,754.00");
        assertThat(rig.text("#line-1 .line-detail")).matches("121\\D?299 \u00d7 .*");
        assertThat(rig.exists("#line-2")).isFalse();
    }

    @Test
    void enterConfirmsAndEscapeDeclinesFromTheKeyboard(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        ringUpTheIssuesSale(robot);

        robot.type(javafx.scene.input.KeyCode.F12);
        rig.untilShown("#large-sale");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        rig.until(() -> !rig.shows("#large-sale"));
        assertThat(rig.shows("#validate")).isFalse();

        robot.type(javafx.scene.input.KeyCode.F12);
        rig.untilShown("#large-sale");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        rig.untilShown("#validate");
        assertThat(rig.shows("#large-sale")).isFalse();
        assertThat(rig.text("#pay-total")).isEqualTo("$5,579,754.00");
    }

    @Test
    void anOrdinarySaleGoesStraightToPayment(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn("#product-6");
        rig.untilText("#total", "$46.00");

        robot.clickOn("#pay");

        rig.untilShown("#validate");
        assertThat(rig.shows("#large-sale")).isFalse();
    }

    @Test
    void theLimitsComeFromTheTillsConfiguration(FxRobot robot) throws Exception {
        ConfigFile file = new ConfigFile(dataDir);
        file.write(new TillConfig(java.net.URI.create("http://127.0.0.1:9"), null, "demo", "admin", 1, false));
        file.writeLargeSale(new LargeSale(new BigDecimal("50"), BigDecimal.ZERO));
        rig = CounterRig.open(robot, stage, dataDir);
        robot.clickOn("#product-6").clickOn("#product-6");
        rig.untilText("#total", "$92.00");

        robot.clickOn("#pay");

        rig.untilShown("#large-sale");
        assertThat(rig.text("#large-sale-amount")).isEqualTo("Total $92.00");
        robot.clickOn("#large-sale-yes");
        rig.untilShown("#validate");
    }
}
