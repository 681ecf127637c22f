package till.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import till.worker.WorkerState;

class DeliveryTransitionsTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(DeliveryTransitions.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final DeliveryTransitions transitions = new DeliveryTransitions();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
    }

    @Test
    void onlyChangesOfHowOrdersReachTheServerAreLoggedNotEverySendOrRetry() {
        SenderStatus running = SenderStatus.initial().withState(WorkerState.RUNNING, Optional.empty());
        transitions.accept(SenderStatus.initial());
        transitions.accept(running);
        transitions.accept(running.withSending(true));
        transitions.accept(running.withSending(false));
        SenderStatus down = running.withFailure(Optional.of(FailureKind.RETRYABLE), "No connection.",
                Optional.of(Instant.EPOCH));
        transitions.accept(down);
        transitions.accept(down.withFailure(Optional.of(FailureKind.RETRYABLE), "No connection.",
                Optional.of(Instant.EPOCH.plusSeconds(8))));
        transitions.accept(down.withFailure(Optional.of(FailureKind.MISCONFIGURED), "Wrong database.",
                Optional.of(Instant.EPOCH.plusSeconds(16))));
        transitions.accept(running.withSummary(new OutboxSummary(3, 1, BigDecimal.TEN, Optional.empty(), "")));
        transitions.accept(running.withState(WorkerState.TERMINATED, Optional.empty()));

        assertThat(messages()).containsExactly(
                "orders STOPPED -> RUNNING (the order sender started)",
                "orders RUNNING -> RETRYING (No connection.)",
                "orders RETRYING -> RETRYING (Wrong database.)",
                "orders RETRYING -> RUNNING (orders reach the server again; 3 paid orders wait, 1 refused)",
                "orders RUNNING -> STOPPED (the order sender stopped; 0 paid orders wait, 0 refused)");
        assertThat(lines.list).allMatch(e -> e.getLevel() == ch.qos.logback.classic.Level.INFO);
    }

    @Test
    void anInternalErrorAndTheRestartAreLoggedOnceEachAndStartingAgainIsNoChange() {
        SenderStatus running = SenderStatus.initial().withState(WorkerState.RUNNING, Optional.empty());
        transitions.accept(running);
        SenderStatus failed = running.withState(WorkerState.FAILED,
                Optional.of("internal error: IllegalStateException: outbox row 7 cannot be read"));
        transitions.accept(failed);
        transitions.accept(failed);
        transitions.accept(failed.withState(WorkerState.STARTING, Optional.empty()));
        transitions.accept(running.withSummary(new OutboxSummary(1, 0, BigDecimal.TEN, Optional.empty(), "")));

        assertThat(messages()).containsExactly(
                "orders STOPPED -> RUNNING (the order sender started)",
                "orders RUNNING -> FAILED (internal error: IllegalStateException: outbox row 7 cannot be read; the"
                        + " order sender starts again by itself)",
                "orders FAILED -> RUNNING (the order sender runs again after an internal error; 1 paid orders wait,"
                        + " 0 refused)");
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
