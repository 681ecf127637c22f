package till.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import till.testsupport.MutableClock;

/** Every move between icon states, legal or not, as pos_longpolling's flags allow them. */
class ConnectionStateTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "STOPPED, RED, true", "STOPPED, ORANGE, true", "STOPPED, GREEN, true", "STOPPED, ROTATING, true",
        "RED, ORANGE, true", "RED, GREEN, true", "RED, ROTATING, true", "RED, STOPPED, true",
        "ORANGE, RED, true", "ORANGE, GREEN, true", "ORANGE, ROTATING, true", "ORANGE, STOPPED, true",
        "GREEN, RED, true", "GREEN, ORANGE, false", "GREEN, ROTATING, true", "GREEN, STOPPED, true",
        "ROTATING, RED, true", "ROTATING, ORANGE, true", "ROTATING, GREEN, true", "ROTATING, STOPPED, true",
        "STOPPED, STOPPED, false", "RED, RED, false", "ORANGE, ORANGE, false", "GREEN, GREEN, false",
        "ROTATING, ROTATING, false"
    })
    void theEnumOwnsItsLegalTransitions(ConnectionState from, ConnectionState to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @ParameterizedTest(name = "{0} -> {1} is rejected")
    @CsvSource({"GREEN, ORANGE"})
    void theGateRejectsAnIllegalTransitionAndKeepsTheState(ConnectionState from, ConnectionState to) {
        ConnectionStateMachine gate = new ConnectionStateMachine(new MutableClock(Instant.EPOCH));
        gate.transition(from, BusCause.pollCompleted());

        assertThatThrownBy(() -> gate.transition(to, BusCause.serverAnswered()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(from + " -> " + to);
        assertThat(gate.status().state()).isEqualTo(from);
    }

    @ParameterizedTest(name = "GREEN -> ORANGE because of {0}: {1}")
    @CsvSource({"SILENT, true", "POLLING_FALLBACK, true", "SERVER_ANSWERED, false", "CONNECTING, false",
        "POLL_COMPLETED, false"})
    void greenTurnsOrangeOnlyWhenAWebsocketFallsSilentOrFallsBack(BusCause.Kind because, boolean legal) {
        assertThat(ConnectionState.GREEN.canMoveTo(ConnectionState.ORANGE, because)).isEqualTo(legal);
        assertThat(ConnectionState.RED.canMoveTo(ConnectionState.ORANGE, because)).isTrue();
    }

    @Test
    void aSilentWebsocketTurnsGreenOrangeAndAnAnswerTurnsItGreenAgain() {
        ConnectionStateMachine gate = new ConnectionStateMachine(new MutableClock(Instant.EPOCH));
        RecordingStatusListener listener = new RecordingStatusListener();
        gate.addListener(Runnable::run, listener);
        BusCause silent = new BusCause(BusCause.Kind.SILENT, "no answer", "");

        gate.connecting(new BusCause(BusCause.Kind.CONNECTING, "connecting", ""));
        gate.alive(new BusCause(BusCause.Kind.SUBSCRIBED, "subscribed", ""));
        gate.answered(BusCause.serverAnswered());
        gate.silent(silent);
        gate.alive(new BusCause(BusCause.Kind.SUBSCRIBED, "answered again", ""));

        assertThat(listener.states()).containsExactly(ConnectionState.STOPPED, ConnectionState.ROTATING,
                ConnectionState.GREEN, ConnectionState.ORANGE, ConnectionState.GREEN);
    }

    @Test
    void connectingRotatesExceptWhenRedSoThatRetriesDoNotFlicker() {
        ConnectionStateMachine gate = new ConnectionStateMachine(new MutableClock(Instant.EPOCH));
        RecordingStatusListener listener = new RecordingStatusListener();
        gate.addListener(Runnable::run, listener);
        BusCause connecting = new BusCause(BusCause.Kind.CONNECTING, "connecting", "");
        BusCause refused = new BusCause(BusCause.Kind.REFUSED, "refused", "");

        gate.alive(new BusCause(BusCause.Kind.SUBSCRIBED, "subscribed", ""));
        gate.connecting(connecting);
        gate.lost(refused);
        gate.connecting(connecting);
        gate.reconnecting();
        gate.connecting(connecting);

        assertThat(listener.states()).containsExactly(ConnectionState.STOPPED, ConnectionState.GREEN,
                ConnectionState.ROTATING, ConnectionState.RED, ConnectionState.ROTATING);
        assertThat(gate.status().cause().kind()).isEqualTo(BusCause.Kind.RECONNECTING);
    }

    @Test
    void aNewFailureWhileRedChangesTheCauseButNotSince() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:42:00Z"));
        ConnectionStateMachine gate = new ConnectionStateMachine(clock);
        RecordingStatusListener listener = new RecordingStatusListener();
        gate.addListener(Runnable::run, listener);
        BusCause refused = new BusCause(BusCause.Kind.REFUSED, "refused", "");
        BusCause dns = new BusCause(BusCause.Kind.DNS, "dns", "");

        gate.transition(ConnectionState.RED, refused);
        clock.advance(java.time.Duration.ofMinutes(1));
        gate.transition(ConnectionState.RED, dns);
        gate.transition(ConnectionState.RED, dns);

        assertThat(listener.states()).containsExactly(ConnectionState.STOPPED, ConnectionState.RED,
                ConnectionState.RED);
        assertThat(listener.latest().cause()).isEqualTo(dns);
        assertThat(listener.latest().since()).isEqualTo(Instant.parse("2026-11-29T10:42:00Z"));
        assertThat(listener.latest().describe(java.time.ZoneOffset.UTC)).isEqualTo("Red since 10:42:00: dns");
    }

    @Test
    void listenersRunOnTheirOwnExecutor() {
        ConnectionStateMachine gate = new ConnectionStateMachine(new MutableClock(Instant.EPOCH));
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        RecordingStatusListener listener = new RecordingStatusListener();
        gate.addListener(queued::add, listener);

        gate.transition(ConnectionState.ORANGE, BusCause.serverAnswered());

        assertThat(listener.states()).isEmpty();
        queued.forEach(Runnable::run);
        assertThat(listener.states()).containsExactly(ConnectionState.STOPPED, ConnectionState.ORANGE);
    }

    @Test
    void anOrdinaryAnswerTurnsOrangeButNeverUndoesGreenOrARotation() {
        ConnectionStateMachine gate = new ConnectionStateMachine(new MutableClock(Instant.EPOCH));
        RecordingStatusListener listener = new RecordingStatusListener();
        gate.addListener(Runnable::run, listener);

        gate.answered(BusCause.serverAnswered());
        gate.alive(BusCause.pollCompleted());
        gate.answered(BusCause.serverAnswered());
        gate.reconnecting();
        gate.answered(BusCause.serverAnswered());
        gate.lost(new BusCause(BusCause.Kind.PONG_TIMEOUT, "no PONG", ""));
        gate.answered(BusCause.serverAnswered());

        assertThat(listener.states()).containsExactly(ConnectionState.STOPPED, ConnectionState.ORANGE,
                ConnectionState.GREEN, ConnectionState.ROTATING, ConnectionState.RED, ConnectionState.ORANGE);
    }

    @Test
    void aFailedHelperShowsRedWithItsCauseUntilItRunsAgainThenTheLinksOwnState() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        ConnectionStateMachine gate = new ConnectionStateMachine(clock);
        RecordingStatusListener listener = new RecordingStatusListener();
        gate.addListener(Runnable::run, listener);
        BusCause internal = BusCause.internal("internal error: IllegalStateException: boom", "The catalog refresh");
        gate.alive(BusCause.pollCompleted());

        gate.helper("catalog-refresh", Optional.of(internal));
        gate.alive(BusCause.pongReceived(Duration.ofMillis(3)));
        assertThat(gate.status().state()).isEqualTo(ConnectionState.RED);
        assertThat(gate.status().cause()).isEqualTo(internal);
        clock.advance(Duration.ofSeconds(1));
        gate.helper("catalog-refresh", Optional.empty());

        assertThat(listener.states()).containsExactly(ConnectionState.STOPPED, ConnectionState.GREEN,
                ConnectionState.RED, ConnectionState.GREEN);
        assertThat(gate.status().cause().kind()).isEqualTo(BusCause.Kind.POLL_COMPLETED);
        assertThat(gate.status().since()).isEqualTo(Instant.parse("2026-12-01T10:00:01Z"));
    }

    @Test
    void stoppingHidesTheIconWhateverTheHelpersDid() {
        ConnectionStateMachine gate = new ConnectionStateMachine(new MutableClock(Instant.EPOCH));
        gate.alive(BusCause.pollCompleted());
        gate.helper("catalog-refresh", Optional.of(BusCause.internal("internal error: X", "It")));

        gate.stopped();

        assertThat(gate.status().state()).isEqualTo(ConnectionState.STOPPED);
    }
}
