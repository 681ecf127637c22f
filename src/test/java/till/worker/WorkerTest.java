package till.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.testsupport.Await;

/** The worker lifecycle: a failing job is reported and comes back, a stop is prompt, a back-off is not cut short. */
class WorkerTest {

    private final List<WorkerStatus> seen = new CopyOnWriteArrayList<>();
    private Worker worker;

    @AfterEach
    void stop() throws InterruptedException {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(2));
        }
    }

    @Test
    void anUnexpectedExceptionIsPublishedWithItsCauseAndTheJobStartsAgain() {
        AtomicInteger rounds = new AtomicInteger();
        worker = worker(() -> {
            if (rounds.incrementAndGet() == 2) {
                throw new IllegalStateException("the outbox row 7 has no body");
            }
            return Pause.idle(Duration.ofMillis(1));
        });

        worker.start();
        Await.until(() -> rounds.get() >= 4, "rounds after the failure", 5);

        assertThat(states()).containsSubsequence(WorkerState.STARTING, WorkerState.RUNNING, WorkerState.FAILED,
                WorkerState.STARTING, WorkerState.RUNNING);
        WorkerStatus failed = seen.stream().filter(s -> s.state() == WorkerState.FAILED).findFirst().orElseThrow();
        assertThat(failed.internalError()).contains("internal error: IllegalStateException: the outbox row 7 has"
                + " no body");
        assertThat(worker.status().restarts()).isEqualTo(1);
        assertThat(worker.status().state()).isEqualTo(WorkerState.RUNNING);
    }

    @Test
    void anErrorSuchAsOutOfMemoryInOneRoundDoesNotEndTheWorkerForGood() {
        AtomicInteger rounds = new AtomicInteger();
        worker = worker(() -> {
            if (rounds.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return Pause.idle(Duration.ofMillis(1));
        });

        worker.start();
        Await.until(() -> rounds.get() >= 3, "rounds after the error", 5);

        assertThat(states()).contains(WorkerState.FAILED);
        assertThat(worker.status().state()).isEqualTo(WorkerState.RUNNING);
    }

    @Test
    void stopCancelsTheRoundInFlightAndReturnsWithinItsBound() throws Exception {
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        worker = new Worker("hanging", new Job() {
            @Override
            public Pause round() throws Exception {
                inCall.countDown();
                // A call that would hang for a minute unless cancelled.
                cancelled.await(60, TimeUnit.SECONDS);
                throw new java.io.InterruptedIOException("Canceled");
            }

            @Override
            public void cancel() {
                cancelled.countDown();
            }
        }, new WakeableSleeper(), fastRestarts(), Clock.systemUTC());
        worker.addListener(Runnable::run, seen::add);
        worker.start();
        assertThat(inCall.await(5, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        boolean ended = worker.stop(Duration.ofSeconds(2));

        assertThat(ended).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(states()).doesNotContain(WorkerState.FAILED).endsWith(WorkerState.STOPPING,
                WorkerState.TERMINATED);
    }

    @Test
    void aBackOffIsNotCutShortByAWakeThatCameDuringTheFailedRound() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch secondRound = new CountDownLatch(1);
        worker = worker(() -> {
            if (rounds.incrementAndGet() == 1) {
                // A new sale wakes the worker while its call is failing.
                worker.wake();
                return Pause.backOff(Duration.ofMinutes(1));
            }
            secondRound.countDown();
            return Pause.idle(Duration.ofMinutes(1));
        });

        worker.start();

        assertThat(secondRound.await(300, TimeUnit.MILLISECONDS)).as("the wake did not cut the back-off").isFalse();
        worker.wake();
        assertThat(secondRound.await(5, TimeUnit.SECONDS)).as("a wake during the wait does").isTrue();
    }

    @Test
    void anIdlePauseEndsAtOnceForAWakeThatCameDuringTheRound() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch secondRound = new CountDownLatch(1);
        worker = worker(() -> {
            if (rounds.incrementAndGet() == 1) {
                worker.wake();
                return Pause.idle(Duration.ofMinutes(1));
            }
            secondRound.countDown();
            return Pause.idle(Duration.ofMinutes(1));
        });

        worker.start();

        assertThat(secondRound.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWorkerStoppedBeforeItStartedIsTerminated() throws Exception {
        worker = worker(() -> Pause.NONE);

        assertThat(worker.stop(Duration.ofSeconds(1))).isTrue();

        assertThat(worker.status().state()).isEqualTo(WorkerState.TERMINATED);
    }

    private Worker worker(Job job) {
        Worker w = new Worker("test-worker", job, new WakeableSleeper(), fastRestarts(), Clock.systemUTC());
        w.addListener(Runnable::run, seen::add);
        return w;
    }

    private static Backoff fastRestarts() {
        return new Backoff(Duration.ofMillis(2), Duration.ofMillis(10), () -> 0.5);
    }

    private List<WorkerState> states() {
        return seen.stream().map(WorkerStatus::state).toList();
    }
}
