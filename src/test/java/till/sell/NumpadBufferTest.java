package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumpadBufferTest {

    private final NumpadBuffer buffer = new NumpadBuffer();

    @Test
    void digitsAppendAfterTheFirstWhichReplacesTheValue() {
        assertThat(buffer.digit(1)).isEqualByComparingTo("1");
        assertThat(buffer.digit(2)).isEqualByComparingTo("12");
        buffer.reset();
        assertThat(buffer.digit(5)).isEqualByComparingTo("5");
    }

    @Test
    void aLeadingZeroIsReplacedByTheNextDigit() {
        buffer.digit(0);
        assertThat(buffer.digit(7)).isEqualByComparingTo("7");
        assertThat(buffer.text()).isEqualTo("7");
    }

    @Test
    void theDecimalPointIsAddedOnceAndStartsWithZeroOnAnEmptyEntry() {
        buffer.decimalPoint();
        assertThat(buffer.text()).isEqualTo("0.");
        buffer.digit(5);
        buffer.decimalPoint();
        assertThat(buffer.text()).isEqualTo("0.5");
        assertThat(buffer.value()).isEqualByComparingTo("0.5");
    }

    @Test
    void backspaceDropsTheLastCharacterAndReachesZero() {
        buffer.digit(1);
        buffer.decimalPoint();
        buffer.digit(5);
        assertThat(buffer.backspace()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(buffer.text()).isEqualTo("1.");
        assertThat(buffer.backspace()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(buffer.backspace()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    }

    @Test
    void backspaceOnAnEmptyEntryAsksForRemoval() {
        assertThat(buffer.backspace()).isEmpty();
    }

    @Test
    void plusMinusOnAFreshEntryNegatesTheShownValue() {
        assertThat(buffer.toggleSign(new BigDecimal("2.000"))).isEqualByComparingTo("-2");
        assertThat(buffer.digit(5)).isEqualByComparingTo("-25");
        assertThat(buffer.toggleSign(BigDecimal.ONE)).isEqualByComparingTo("25");
    }

    @Test
    void aMinusSignAloneIsZeroAndBackspaceRemovesItWithTheLastDigit() {
        buffer.toggleSign(BigDecimal.ZERO);
        assertThat(buffer.text()).isEqualTo("-0");
        buffer.digit(3);
        assertThat(buffer.text()).isEqualTo("-3");
        assertThat(buffer.backspace()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(buffer.text()).isEmpty();
    }

    @Test
    void aStuckKeyStopsAtTwelveCharacters() {
        for (int i = 0; i < 30; i++) {
            buffer.digit(9);
        }
        assertThat(buffer.text()).hasSize(12);
    }
}
