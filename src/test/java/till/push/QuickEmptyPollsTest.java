package till.push;

import static org.assertj.core.api.Assertions.assertThat;
import static till.push.QuickEmptyPolls.Verdict.BROKEN;
import static till.push.QuickEmptyPolls.Verdict.HELD;
import static till.push.QuickEmptyPolls.Verdict.MENDED;
import static till.push.QuickEmptyPolls.Verdict.QUICK;
import static till.push.QuickEmptyPolls.Verdict.STILL_BROKEN;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When a run of polls that came back at once with nothing makes the long poll broken, and what mends it. */
class QuickEmptyPollsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final AtomicLong ticks = new AtomicLong();
    private final QuickEmptyPolls polls = new QuickEmptyPolls(ticks::get);

    /** A poll that took {@code took} and brought nothing (or something), not a peek. */
    private QuickEmptyPolls.Verdict poll(Duration took, boolean empty) {
        long start = polls.start();
        ticks.addAndGet(took.toNanos());
        return polls.completed(start, TIMEOUT, false, empty);
    }

    private QuickEmptyPolls.Verdict quickEmpty() {
        return poll(Duration.ofMillis(2), true);
    }

    @Test
    void threeQuickEmptyPollsInARowMakeTheLongPollBrokenAndLaterOnesKeepItSo() {
        assertThat(quickEmpty()).isEqualTo(QUICK);
        assertThat(quickEmpty()).isEqualTo(QUICK);
        assertThat(quickEmpty()).isEqualTo(BROKEN);
        assertThat(quickEmpty()).isEqualTo(STILL_BROKEN);
        assertThat(polls.inARow()).isEqualTo(4);
    }

    @Test
    void aHeldPollOrOneWithNotificationsStartsTheCountAgain() {
        quickEmpty();
        quickEmpty();
        assertThat(poll(Duration.ofSeconds(50), true)).isEqualTo(HELD);
        quickEmpty();
        quickEmpty();
        assertThat(poll(Duration.ofMillis(2), false)).as("quick, but it brought notifications").isEqualTo(HELD);

        assertThat(quickEmpty()).isEqualTo(QUICK);
    }

    @Test
    void aPollBackAfterAtLeastATwentiethOfItsTimeoutWasHeld() {
        for (int i = 0; i < 5; i++) {
            assertThat(poll(Duration.ofSeconds(3), true)).isEqualTo(HELD);
        }
        assertThat(poll(Duration.ofMillis(2_999), true)).isEqualTo(QUICK);
    }

    @Test
    void peeksAnswerAtOnceByDesignAndNeitherCountNorMend() {
        for (int i = 0; i < 5; i++) {
            assertThat(polls.completed(polls.start(), TIMEOUT, true, true)).isEqualTo(HELD);
        }
        quickEmpty();
        quickEmpty();
        quickEmpty();

        assertThat(polls.completed(polls.start(), TIMEOUT, true, true)).isEqualTo(STILL_BROKEN);
    }

    @Test
    void onlyAHeldPollMendsIt() {
        quickEmpty();
        quickEmpty();
        quickEmpty();

        assertThat(poll(Duration.ofSeconds(50), true)).isEqualTo(MENDED);
        assertThat(polls.inARow()).isZero();
        assertThat(quickEmpty()).isEqualTo(QUICK);
    }
}
