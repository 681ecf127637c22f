package till.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import till.catalog.Currency;
import till.catalog.ShopSettings.TaxRounding;
import till.catalog.Tax;
import till.catalog.Tax.AmountType;

/** Hand-worked cases; each comment shows the arithmetic Odoo's web POS does. */
class TaxEngineTest {

    static final Currency USD = new Currency(2, "USD", "$", new BigDecimal("0.01"), 2, true);

    static final Tax EXCL_15 = tax(1, "Tax 15%", AmountType.PERCENT, "15", false, false, 1);
    static final Tax EXCL_6 = tax(2, "Tax 6%", AmountType.PERCENT, "6", false, false, 1);
    static final Tax INCL_21 = tax(3, "Tax 21% incl.", AmountType.PERCENT, "21", true, false, 1);
    static final Tax INCL_15 = tax(4, "Tax 15% incl.", AmountType.PERCENT, "15", true, false, 1);
    static final Tax INCL_10 = tax(5, "Tax 10% incl.", AmountType.PERCENT, "10", true, false, 1);
    static final Tax INCL_5 = tax(6, "Tax 5% incl.", AmountType.PERCENT, "5", true, false, 1);
    static final Tax FEE_025_AFFECTS_BASE = tax(7, "Fee 0.25", AmountType.FIXED, "0.25", false, true, 0);
    static final Tax DEPOSIT_010 = tax(8, "Deposit 0.10", AmountType.FIXED, "0.10", false, false, 10);
    static final Tax DEPOSIT_010_INCL = tax(9, "Deposit 0.10 incl.", AmountType.FIXED, "0.10", true, false, 10);
    static final Tax STATE_5 = tax(10, "State 5%", AmountType.PERCENT, "5", false, false, 1);
    static final Tax CITY_1 = tax(11, "City 1%", AmountType.PERCENT, "1", false, false, 2);
    static final Tax GROUP = new Tax(12, "State + city", AmountType.GROUP, BigDecimal.ZERO, false, false, true, 1,
            List.of(11L, 10L));
    static final Tax EXCL_10_AFFECTS_BASE = tax(13, "Tax 10% affects base", AmountType.PERCENT, "10", false, true, 0);
    static final Tax EXCL_15_NOT_AFFECTED = new Tax(14, "Tax 15% not affected", AmountType.PERCENT,
            new BigDecimal("15"), false, false, false, 1, List.of());
    static final Tax DIVISION_10 = tax(15, "Division 10%", AmountType.DIVISION, "10", false, false, 1);
    static final Tax DIVISION_10_INCL = tax(16, "Division 10% incl.", AmountType.DIVISION, "10", true, false, 1);

    static final Map<Long, Tax> ALL = Stream.of(EXCL_15, EXCL_6, INCL_21, INCL_15, INCL_10, INCL_5,
                    FEE_025_AFFECTS_BASE, DEPOSIT_010, DEPOSIT_010_INCL, STATE_5, CITY_1, GROUP, EXCL_10_AFFECTS_BASE,
                    EXCL_15_NOT_AFFECTED, DIVISION_10, DIVISION_10_INCL)
            .collect(Collectors.toMap(Tax::id, Function.identity()));

    private final TaxEngine engine = new TaxEngine(ALL, USD, TaxRounding.ROUND_PER_LINE);

    @Test
    void anExcludedPercentIsAddedOnTop() {
        // 40.00 × 15 % = 6.00
        assertLine(compute(List.of(1L), "40.00", "1"), "40.00", "46.00", "6.00");
    }

    @Test
    void anIncludedPercentIsTakenOutOfTheWholeLineNotPerUnit() {
        // 3 × 10.00 = 30.00; 30.00 / 1.15 = 26.0869… → 26.09; tax = 30.00 − 26.09 = 3.91.
        // (Per unit it would be 8.70 × 3 = 26.10.)
        assertLine(compute(List.of(4L), "10.00", "3"), "26.09", "30.00", "3.91");
    }

    @Test
    void severalIncludedTaxesGiveTheRemainderToTheLastOneSoTheTotalStaysThePrice() {
        // 100 / (1 + 0.10 + 0.05) = 86.956… → 86.96. In sequence order: 10 % of 86.96 = 8.696 → 8.70;
        // the 5 % tax closes the checkpoint: 100 − (86.96 + 8.70) = 4.34 (not 4.348 → 4.35, which would make 100.01).
        LineTaxes line = compute(List.of(5L, 6L), "100", "1");

        assertLine(line, "86.96", "100.00", "13.04");
        assertShares(line, "8.70", "4.34");
    }

    @Test
    void twoExcludedTaxesAreBothComputedOnThePrice() {
        // 10.00 × 15 % = 1.50 and 10.00 × 6 % = 0.60
        LineTaxes line = compute(List.of(1L, 2L), "10.00", "1");

        assertLine(line, "10.00", "12.10", "2.10");
        assertShares(line, "1.50", "0.60");
    }

    @Test
    void aTaxThatAffectsTheBaseIsTaxedBySubsequentTaxesEvenWhenListedLast() {
        // Sorted by sequence the fee (0) comes first although listed last: fee 0.25, then 15 % of (3.49 + 0.25)
        // = 0.561 → 0.56; total 3.49 + 0.25 + 0.56 = 4.30.
        LineTaxes line = compute(List.of(1L, 7L), "3.49", "1");

        assertLine(line, "3.49", "4.30", "0.81");
        assertThat(line.taxes()).extracting(LineTaxes.Share::taxId).containsExactly(7L, 1L);
        assertShares(line, "0.25", "0.56");
    }

    @Test
    void aPercentThatAffectsTheBaseCompounds() {
        // 10 % of 100 = 10, then 15 % of 110 = 16.50
        assertLine(compute(List.of(13L, 1L), "100", "1"), "100.00", "126.50", "26.50");
    }

    @Test
    void aTaxThatIsNotBaseAffectedIgnoresEarlierTaxesThatAffectTheBase() {
        // Odoo 15 is_base_affected = false: 15 % of 3.49 = 0.5235 → 0.52, not of 3.74
        LineTaxes line = compute(List.of(7L, 14L), "3.49", "1");

        assertLine(line, "3.49", "4.26", "0.77");
        assertShares(line, "0.25", "0.52");
    }

    @Test
    void aFixedTaxIsPerUnitTimesTheQuantity() {
        // 6 × 1.50 = 9.00 with 0.10 per bottle = 0.60
        assertLine(compute(List.of(8L), "1.50", "6"), "9.00", "9.60", "0.60");
    }

    @Test
    void anIncludedFixedTaxIsTakenOutOncePerUnit() {
        // 2 × 1.50 = 3.00 including 2 × 0.10 = 0.20, so 2.80 untaxed
        assertLine(compute(List.of(9L), "1.50", "2"), "2.80", "3.00", "0.20");
    }

    @Test
    void anIncludedPercentAndAnExcludedFixedTaxCombine() {
        // 1.50 / 1.21 = 1.2396… → 1.24; 21 % = 1.50 − 1.24 = 0.26; deposit 0.10; 1.24 + 0.26 + 0.10 = 1.60
        LineTaxes line = compute(List.of(3L, 8L), "1.50", "1");

        assertLine(line, "1.24", "1.60", "0.36");
        assertShares(line, "0.26", "0.10");
    }

    @Test
    void aGroupIsReplacedByItsChildrenInTheirSequence() {
        // children listed city, state but sequenced state (1), city (2): 5 % of 10 = 0.50, 1 % of 10 = 0.10
        LineTaxes line = compute(List.of(12L), "10.00", "1");

        assertLine(line, "10.00", "10.60", "0.60");
        assertThat(line.taxes()).extracting(LineTaxes.Share::taxId).containsExactly(10L, 11L);
    }

    @Test
    void divisionTaxesDivideThePrice() {
        // excluded: 90 / (1 − 0.10) − 90 = 10; included: 100 × (100 − 10) / 100 = 90 untaxed, 10 tax
        assertLine(compute(List.of(15L), "90", "1"), "90.00", "100.00", "10.00");
        assertLine(compute(List.of(16L), "100", "1"), "90.00", "100.00", "10.00");
    }

    @Test
    void negativeQuantitiesRefundTheTaxesToo() {
        // Odoo computes on the absolute amount and puts the sign back on every result
        assertLine(compute(List.of(1L), "40.00", "-1"), "-40.00", "-46.00", "-6.00");
        assertLine(compute(List.of(3L), "1.50", "-3"), "-3.72", "-4.50", "-0.78");
        assertLine(compute(List.of(8L), "1.50", "-6"), "-9.00", "-9.60", "-0.60");
    }

    @Test
    void unknownTaxIdsAreIgnoredAsTheWebPosDoes() {
        assertLine(compute(List.of(999L, 1L), "40.00", "1"), "40.00", "46.00", "6.00");
    }

    @Test
    void roundingGloballyKeepsFiveMoreDigitsOnEachTax() {
        TaxEngine global = new TaxEngine(ALL, USD, TaxRounding.ROUND_GLOBALLY);

        // 1.10 × 15 % = 0.165, kept as is; the line total 1.265 is still rounded to 1.27
        LineTaxes line = global.computeAll(List.of(1L), new BigDecimal("1.10"), BigDecimal.ONE);

        assertThat(line.taxes().get(0).amount()).isEqualByComparingTo("0.165");
        assertThat(line.totalIncluded()).isEqualByComparingTo("1.27");
    }

    private LineTaxes compute(List<Long> taxIds, String price, String qty) {
        return engine.computeAll(taxIds, new BigDecimal(price), new BigDecimal(qty));
    }

    private static void assertLine(LineTaxes line, String excluded, String included, String tax) {
        assertThat(line.totalExcluded()).as("total excluded").isEqualByComparingTo(excluded);
        assertThat(line.totalIncluded()).as("total included").isEqualByComparingTo(included);
        assertThat(line.taxTotal()).as("taxes").isEqualByComparingTo(tax);
        assertThat(line.totalExcluded().scale()).as("written with the currency's decimals").isEqualTo(2);
    }

    private static void assertShares(LineTaxes line, String... amounts) {
        assertThat(line.taxes()).extracting(LineTaxes.Share::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(Stream.of(amounts).map(BigDecimal::new).toArray(BigDecimal[]::new));
    }

    static Tax tax(long id, String name, AmountType type, String amount, boolean included, boolean affectsBase,
                   int sequence) {
        return new Tax(id, name, type, new BigDecimal(amount), included, affectsBase, true, sequence, List.of());
    }
}
