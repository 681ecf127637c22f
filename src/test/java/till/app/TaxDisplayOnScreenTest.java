package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.catalog.TaxDisplay;

/**
 * Every line's unit price and total in the POS configuration's one convention, on the selling screen, the payment
 * screen and the receipt (#19 item 5): 2 Office Lamps at 40.00 + 15 % tax read "2 × 46.00 … 92.00" tax included and
 * "2 × 40.00 … 80.00" tax excluded, never "2 × 40.00 … 92.00".
 */
class TaxDisplayOnScreenTest extends CounterTest {

    private static Catalog demoShowing(TaxDisplay display) {
        Catalog demo = DemoCatalog.load();
        return new Catalog(demo.settings().withTaxDisplay(display), demo.categories(), demo.products(), demo.taxes(),
                demo.paymentMethods(), demo.customers());
    }

    private List<String> receipt(FxRobot robot) throws Exception {
        return rig.fx(() -> robot.lookup("#receipt .label").<Label>queryAll().stream().map(Label::getText).toList());
    }

    private void sellTwoLampsForCash(FxRobot robot) throws Exception {
        robot.clickOn("#product-6").clickOn("#product-6");
        rig.untilText("#total", "$92.00");
    }

    private void payInCash(FxRobot robot) throws Exception {
        robot.clickOn("#pay");
        robot.clickOn("#method-1").clickOn("#pay-numpad-digit-1").clickOn("#pay-numpad-digit-0")
                .clickOn("#pay-numpad-digit-0");
        rig.untilText("#change", "$8.00");
        robot.clickOn("#validate");
        rig.untilShown("#next-order");
    }

    @Test
    void taxIncludedShowsTheUnitPriceAndTheLineTotalWithTheirTax(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir, demoShowing(TaxDisplay.INCLUDED));
        sellTwoLampsForCash(robot);

        assertThat(rig.text("#line-1 .line-detail")).isEqualTo("2 \u00d7 $46.00");
        assertThat(rig.text("#line-1 .line-total")).isEqualTo("$92.00");

        robot.clickOn("#pay");
        rig.untilShown("#pay-taxes");
        assertThat(rig.text("#pay-taxes")).isEqualTo("Taxes included: $12.00");
        robot.clickOn("#back");
        payInCash(robot);

        List<String> receipt = receipt(robot);
        assertThat(receipt).anyMatch(t -> t.matches("2 \u00d7 \\$ ?46\\.00"));
        assertThat(receipt).noneMatch(t -> t.contains("40.00") || t.contains("80.00"));
        assertThat(receipt).anyMatch(t -> t.matches("\\$ ?92\\.00"));
        assertThat(receipt).as("no untaxed amount apart").doesNotContain("Untaxed amount");
    }

    @Test
    void taxExcludedShowsBothWithoutTaxAndTheTaxesApart(FxRobot robot) throws Exception {
        rig = CounterRig.open(robot, stage, dataDir, demoShowing(TaxDisplay.EXCLUDED));
        sellTwoLampsForCash(robot);

        assertThat(rig.text("#line-1 .line-detail")).isEqualTo("2 \u00d7 $40.00");
        assertThat(rig.text("#line-1 .line-total")).isEqualTo("$80.00");
        assertThat(rig.text("#taxes")).isEqualTo("$12.00");

        robot.clickOn("#pay");
        rig.untilShown("#pay-taxes");
        assertThat(rig.text("#pay-taxes")).isEqualTo("Untaxed $80.00 + taxes $12.00");
        assertThat(rig.text("#pay-total")).as("the amount due is the same either way").isEqualTo("$92.00");
        robot.clickOn("#back");
        payInCash(robot);

        List<String> receipt = receipt(robot);
        assertThat(receipt).anyMatch(t -> t.matches("2 \u00d7 \\$ ?40\\.00"));
        assertThat(receipt).noneMatch(t -> t.contains("46.00"));
        int untaxed = receipt.indexOf("Untaxed amount");
        assertThat(untaxed).as("the untaxed amount before the taxes").isNotNegative();
        assertThat(receipt.get(untaxed + 1)).matches("\\$ ?80\\.00");
        assertThat(receipt).anyMatch(t -> t.matches("\\$ ?12\\.00"));
    }
}
