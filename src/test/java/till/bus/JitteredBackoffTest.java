package till.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The back-off grows, stays in the upper half of its step, spreads tills apart and starts over on success. */
class JitteredBackoffTest {

    @Test
    void growsToTheCapWithinTheUpperHalfOfEachStep() {
        JitteredBackoff low = new JitteredBackoff(Duration.ofMillis(500), Duration.ofSeconds(4), () -> 0.0);
        JitteredBackoff high = new JitteredBackoff(Duration.ofMillis(500), Duration.ofSeconds(4), () -> 0.999999);

        assertThat(java.util.stream.Stream.generate(low::next).limit(6).map(Duration::toMillis))
                .containsExactly(250L, 500L, 1000L, 2000L, 2000L, 2000L);
        assertThat(java.util.stream.Stream.generate(high::next).limit(6).map(Duration::toMillis))
                .containsExactly(499L, 999L, 1999L, 3999L, 3999L, 3999L);
    }

    @Test
    void theStandardBackOffNeverWaitsTwoSecondsOrMore() {
        JitteredBackoff backoff = JitteredBackoff.standard();
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.next()).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void resetStartsOverAfterASuccess() {
        JitteredBackoff backoff = new JitteredBackoff(Duration.ofMillis(500), Duration.ofSeconds(4), () -> 0.0);
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aHundredTillsRetryAtSpreadTimes() {
        Random random = new Random(42);
        Set<Long> seconds = new HashSet<>();
        Set<Long> millis = new HashSet<>();
        for (int till = 0; till < 100; till++) {
            JitteredBackoff backoff = new JitteredBackoff(Duration.ofMillis(500), Duration.ofSeconds(4),
                    random::nextDouble);
            long at = 0;
            for (int i = 0; i < 6; i++) {
                at += backoff.next().toMillis();
            }
            millis.add(at);
            seconds.add(at / 1000);
        }

        assertThat(millis).hasSizeGreaterThan(90);
        assertThat(seconds).hasSizeGreaterThanOrEqualTo(3);
    }
}
