package till.push;

import till.worker.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code pos_longpolling}'s connection model (protocol §8.4): {@code is_online}, {@code waiting_poll_response}, the
 * silence and pong timers, plus the rotation while a reconnect runs. Every event updates the flags, then the state
 * they imply goes through the {@link ConnectionStateMachine} gate. Thread-safe.
 */
final class Liveness {

    private final ConnectionStateMachine gate;
    private final BusSettings settings;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Runnable ping;
    private boolean online;
    private boolean waitingPoll = true;
    private boolean rotating;
    private boolean awaitingPong;
    private boolean pingPong;
    private boolean lateSeen;
    private boolean running;
    private Instant pollStartedAt;
    private Instant pingSentAt;
    private Scheduler.Task timer;

    /** @param ping sends a PING; called on the scheduler's thread when the silence timer fires */
    Liveness(ConnectionStateMachine gate, BusSettings settings, Clock clock, Scheduler scheduler, Runnable ping) {
        this.gate = gate;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.ping = ping;
        this.pingPong = settings.pingPong();
    }

    synchronized void started() {
        running = true;
    }

    synchronized void serverAnswered() {
        online = true;
        derive(BusCause.serverAnswered());
    }

    synchronized void pollStarted() {
        pollStartedAt = clock.instant();
    }

    /** A poll completed; {@code pong} when it carried the PONG on {@code pos.longpolling}. */
    synchronized void pollSucceeded(boolean pong) {
        BusCause cause = BusCause.pollCompleted();
        if (pong && pingSentAt != null) {
            Duration latency = Duration.between(pingSentAt, clock.instant());
            boolean late = latency.compareTo(settings.lateThreshold()) >= 0 && !pollStartedAt.isAfter(pingSentAt);
            lateSeen |= late;
            cause = late ? BusCause.latePush(latency) : BusCause.pongReceived(latency);
            awaitingPong = false;
        }
        waitingPoll = false;
        online = true;
        rotating = false;
        restartSilence();
        derive(cause);
    }

    synchronized void pollFailed(BusCause cause) {
        networkOff(cause);
    }

    synchronized void pingSent() {
        pingSentAt = clock.instant();
        awaitingPong = true;
    }

    synchronized void pingAnswered() {
        online = true;
        if (awaitingPong) {
            cancelTimer();
            timer = scheduler.schedule(settings.pongTimeout(), this::pongTimerFired);
        }
        derive(BusCause.serverAnswered());
    }

    synchronized void pingFailed(BusCause cause) {
        awaitingPong = false;
        networkOff(cause);
    }

    /** The server has no {@code pos_longpolling} after all (404): a completed poll is the proof of life. */
    synchronized void pingUnsupported() {
        pingPong = false;
        awaitingPong = false;
        cancelTimer();
        online = true;
        derive(BusCause.serverAnswered());
    }

    synchronized void reconnecting() {
        rotating = true;
        derive(BusCause.reconnecting());
    }

    synchronized void stopped() {
        running = false;
        cancelTimer();
        rotating = false;
        gate.transition(ConnectionState.STOPPED, BusCause.stopped());
    }

    synchronized boolean pingPong() {
        return pingPong;
    }

    private synchronized void pongTimerFired() {
        if (!awaitingPong) {
            return;
        }
        awaitingPong = false;
        networkOff(lateSeen ? BusCause.latePush(settings.pongTimeout()) : BusCause.pongTimeout(settings.pongTimeout()));
    }

    private void networkOff(BusCause cause) {
        online = false;
        waitingPoll = true;
        rotating = false;
        restartSilence();
        derive(cause);
    }

    private void restartSilence() {
        cancelTimer();
        if (pingPong && running) {
            timer = scheduler.schedule(settings.silence(), ping);
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void derive(BusCause cause) {
        if (!running) {
            // A late answer after stop() must not light the icon again.
            return;
        }
        ConnectionState next = rotating ? ConnectionState.ROTATING
                : !online ? ConnectionState.RED
                : waitingPoll ? ConnectionState.ORANGE : ConnectionState.GREEN;
        gate.transition(next, cause);
    }
}
