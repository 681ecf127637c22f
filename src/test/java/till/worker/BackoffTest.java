package till.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one back-off grows to its cap with jitter, spreads tills apart and starts over on success. */
class BackoffTest {

    @Test
    void waitsDoubleFromTheBaseUpToTheCapWithJitterBetweenHalfAndAll() {
        Backoff low = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.0);
        Backoff high = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.999_999);

        assertThat(IntStream.range(0, 9).mapToObj(i -> low.next().toMillis()))
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L, 30000L);
        assertThat(IntStream.range(0, 8).mapToObj(i -> high.next().toMillis()))
                .containsExactly(999L, 1999L, 3999L, 7999L, 15999L, 31999L, 59999L, 59999L);
    }

    @Test
    void aSuccessStartsOverFromTheBase() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), () -> 0.0);
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failures()).isEqualTo(1);
    }

    @Test
    void aLongOutageNeverOverflowsPastTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5);

        IntStream.range(0, 1000).forEach(i -> backoff.next());

        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void refusesACapBelowTheBase() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1), () -> 0.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReconnectBackOffNeverWaitsTwoSecondsOrMore() {
        Backoff backoff = Backoff.reconnecting();
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.next()).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aHundredTillsRetryAtSpreadTimes() {
        Random random = new Random(42);
        Set<Long> seconds = new HashSet<>();
        Set<Long> millis = new HashSet<>();
        for (int till = 0; till < 100; till++) {
            Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4), random::nextDouble);
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
