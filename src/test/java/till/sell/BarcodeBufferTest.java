package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BarcodeBufferTest {

    private long now;
    private final BarcodeBuffer buffer = new BarcodeBuffer(() -> now, Duration.ofMillis(100));

    private void type(String keys, long gapMillis) {
        for (char c : keys.toCharArray()) {
            now += Duration.ofMillis(gapMillis).toNanos();
            buffer.typed(c);
        }
    }

    @Test
    void digitsTypedQuicklyThenEnterAreACode() {
        type("2000000000275", 5);
        now += Duration.ofMillis(5).toNanos();
        assertThat(buffer.enter()).contains("2000000000275");
        assertThat(buffer.collecting()).isFalse();
    }

    @Test
    void aPauseStartsANewCodeSoStrayKeysDoNotSpoilAScan() {
        type("17", 5);
        now += Duration.ofSeconds(30).toNanos();
        type("4006381333931", 5);
        assertThat(buffer.enter()).contains("4006381333931");
    }

    @Test
    void enterLongAfterTheLastDigitIsNoScan() {
        type("4006381333931", 5);
        now += Duration.ofSeconds(1).toNanos();
        assertThat(buffer.enter()).isEmpty();
    }

    @Test
    void slowTypingIsNoScan() {
        type("4006381333931", 300);
        assertThat(buffer.enter()).isEmpty();
    }

    @Test
    void aNonDigitBreaksTheCodeAndIsNotTaken() {
        type("123", 5);
        assertThat(buffer.typed('x')).isFalse();
        type("45", 5);
        assertThat(buffer.enter()).isEmpty();
    }

    @Test
    void enterAloneIsNoScan() {
        assertThat(buffer.enter()).isEmpty();
    }
}
