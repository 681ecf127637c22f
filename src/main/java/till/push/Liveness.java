package till.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import till.worker.Scheduler;

/**
 * {@code pos_longpolling}'s sense of life (protocol §8.4): the silence timer that sends a PING after a quiet spell,
 * the pong timer that gives up on a PONG, and the PONG's latency that tells a late push (PgBouncer) from a quick
 * one. Each poll, PING and timer outcome becomes one {@link PushEvents} event; the connection's state machine makes
 * it a state. Thread-safe.
 */
final class Liveness {

    private final PushEvents events;
    private final BusSettings settings;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Runnable ping;
    private boolean awaitingPong;
    private boolean pingPong;
    private boolean lateSeen;
    private boolean running;
    /** The icon may show green or a rotation, which only a failure (red) may leave for orange. */
    private boolean mayBeGreen = true;
    private Instant pollStartedAt;
    private Instant pingSentAt;
    private Scheduler.Task timer;

    /** @param ping sends a PING; called on the scheduler's thread when the silence timer fires */
    Liveness(PushEvents events, BusSettings settings, Clock clock, Scheduler scheduler, Runnable ping) {
        this.events = events;
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
        if (running) {
            events.answered(BusCause.serverAnswered());
        }
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
        restartSilence();
        if (running) {
            events.alive(cause);
            mayBeGreen = true;
        }
    }

    /**
     * Polls came back at once with nothing ({@link QuickEmptyPolls}): the server answers but cannot push, so orange
     * with why. Green never turns orange directly (the state's legal moves), so from green or a rotation the icon
     * passes through red, once; later polls of the same kind change nothing.
     */
    synchronized void pollNotHeld(int polls) {
        if (!running) {
            return;
        }
        if (mayBeGreen) {
            events.lost(QuickEmptyPolls.cause(BusCause.Kind.SERVER_ERROR, polls));
            mayBeGreen = false;
        }
        events.answered(QuickEmptyPolls.cause(BusCause.Kind.SERVER_ANSWERED, polls));
    }

    /** The cashier clicked: the icon rotates until the next outcome. */
    synchronized void reconnecting() {
        mayBeGreen = true;
    }

    synchronized void pollFailed(BusCause cause) {
        networkOff(cause);
    }

    synchronized void pingSent() {
        pingSentAt = clock.instant();
        awaitingPong = true;
    }

    synchronized void pingAnswered() {
        if (awaitingPong && running) {
            cancelTimer();
            timer = scheduler.schedule(settings.pongTimeout(), this::pongTimerFired);
        }
        serverAnswered();
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
        serverAnswered();
    }

    /** No more timers and no more events: the transport is closed. */
    synchronized void close() {
        running = false;
        cancelTimer();
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
        restartSilence();
        if (running) {
            // A late answer after close must not light the icon again.
            events.lost(cause);
            mayBeGreen = false;
        }
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
}
