package till.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When Pay asks before a sale: above the total or above one line's quantity; 0 turns a limit off. */
class LargeSaleTest {

    private static OrderLine line(int id, String qty, String price) {
        return new OrderLine(id, 6, "Office Lamp", new BigDecimal(qty), new BigDecimal(price), BigDecimal.ZERO,
                List.of(1L));
    }

    @Test
    void theIssuesSaleOf121299UnitsAnd218MillionIsAskedAbout() {
        List<OrderLine> lines = List.of(line(1, "121299", "1804.10"), line(2, "3", "2.00"));

        LargeSale.Question asked = LargeSale.DEFAULT.check(lines, new BigDecimal("218836016.70")).orElseThrow();

        assertThat(asked.total()).isEqualByComparingTo("218836016.70");
        assertThat(asked.largestQuantity()).isEqualByComparingTo("121299");
    }

    @Test
    void anOrdinarySaleIsNotAskedAbout() {
        assertThat(LargeSale.DEFAULT.check(List.of(line(1, "2", "40")), new BigDecimal("92.00"))).isEmpty();
        assertThat(LargeSale.DEFAULT.check(List.of(line(1, "1000", "1")), new BigDecimal("10000")))
                .as("at the limits, not above").isEmpty();
    }

    @Test
    void eitherLimitAloneAsksAndZeroTurnsOneOff() {
        List<OrderLine> many = List.of(line(1, "1001", "0.01"));
        assertThat(LargeSale.DEFAULT.check(many, new BigDecimal("10.01"))).isPresent();
        assertThat(LargeSale.DEFAULT.check(List.of(line(1, "1", "10000.01")), new BigDecimal("10000.01")))
                .isPresent();
        LargeSale amountOnly = new LargeSale(new BigDecimal("10000"), BigDecimal.ZERO);
        assertThat(amountOnly.check(many, new BigDecimal("10.01"))).isEmpty();
        assertThat(new LargeSale(BigDecimal.ZERO, BigDecimal.ZERO).check(many, new BigDecimal("1e9"))).isEmpty();
    }

    @Test
    void aRefundIsMeasuredByItsSize() {
        assertThat(LargeSale.DEFAULT.check(List.of(line(1, "-2000", "1")), new BigDecimal("-2000"))).isPresent();
    }

    @Test
    void negativeLimitsAreRefused() {
        assertThatThrownBy(() -> new LargeSale(new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
