package till.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.store.TillStore;
import till.worker.Backoff;
import till.worker.Pause;

/**
 * The cash-move sender over a real store and a recording server: a move the till was sending when it was killed
 * (found SENDING after a restart) or whose answer was lost is looked up once the server had time to settle, and sent
 * again only when the server does not hold it; never twice.
 */
class CashMoveSenderTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private TillStore store;
    private final RecordingServer server = new RecordingServer();
    private final MovableClock clock = new MovableClock(T0);

    @BeforeEach
    void open() {
        store = TillStore.open(dir, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMoveFoundSendingAfterAKillIsLookedUpAfterTheSettleAndNotSentAgainWhenTheServerHoldsIt() {
        CashMove move = new CashMoveBook(store.cashMoves(), clock, () -> { }).record(4, CashMove.Direction.OUT,
                new BigDecimal("30"), "bank");
        // The till was killed after the request left: the store says SENDING and the server booked it.
        store.cashMoves().mark(move.ref(), CashMoveState.SENDING, "");
        server.held.add(move.ref());
        store.close();
        store = TillStore.open(dir, clock);
        CashMoveSender sender = sender();

        Pause early = sender.round();
        assertThat(server.sent).isEmpty();
        assertThat(server.lookups).isZero();
        assertThat(early.length()).isLessThanOrEqualTo(SETTLE);
        clock.now = T0.plus(SETTLE).plusSeconds(1);
        sender.round();

        assertThat(server.lookups).isEqualTo(1);
        assertThat(server.sent).isEmpty();
        assertThat(store.cashMoves().of(4).get(0).state()).isEqualTo(CashMoveState.SENT);
    }

    @Test
    void aMoveWhoseAnswerWasLostIsSentAgainOnlyWhenTheServerCertainlyDoesNotHoldIt() {
        CashMove move = new CashMoveBook(store.cashMoves(), clock, () -> { }).record(4, CashMove.Direction.IN,
                new BigDecimal("10"), "coins");
        server.failNext = new CashMoveException(CashMoveException.Kind.OUTCOME_UNKNOWN, "timed out", null);
        CashMoveSender sender = sender();

        sender.round();
        assertThat(store.cashMoves().of(4).get(0).state()).isEqualTo(CashMoveState.UNKNOWN);
        clock.now = T0.plus(SETTLE).plusSeconds(1);
        sender.round();

        assertThat(server.lookups).isEqualTo(1);
        assertThat(server.sent).containsExactly(move.ref(), move.ref());
        assertThat(store.cashMoves().of(4).get(0).state()).isEqualTo(CashMoveState.SENT);
        sender.round();
        assertThat(server.sent).hasSize(2);
    }

    @Test
    void aServerThatCannotBeReachedLeavesTheMoveWaitingAndBacksOff() {
        new CashMoveBook(store.cashMoves(), clock, () -> { }).record(4, CashMove.Direction.IN, new BigDecimal("1"),
                "x");
        server.failNext = new CashMoveException(CashMoveException.Kind.NOT_SENT, "connection refused", null);

        Pause pause = sender().round();

        assertThat(pause.backOff()).isTrue();
        CashMove after = store.cashMoves().of(4).get(0);
        assertThat(after.state()).isEqualTo(CashMoveState.WAITING);
        assertThat(after.lastError()).isEqualTo("connection refused");
    }

    private CashMoveSender sender() {
        return new CashMoveSender(store.cashMoves(), server, clock, SETTLE, Backoff.standard());
    }

    /** Records sends and lookups; holds what it was told to, plus what it took. */
    private static final class RecordingServer implements CashMoveServer {
        final List<String> sent = new ArrayList<>();
        final Set<String> held = new HashSet<>();
        int lookups;
        CashMoveException failNext;

        @Override
        public void send(CashMove move) throws CashMoveException {
            sent.add(move.ref());
            CashMoveException failure = failNext;
            failNext = null;
            if (failure != null) {
                throw failure;
            }
            held.add(move.ref());
        }

        @Override
        public boolean holds(CashMove move) {
            lookups++;
            return held.contains(move.ref());
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
