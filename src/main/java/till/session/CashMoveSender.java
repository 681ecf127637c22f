package till.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.worker.Backoff;
import till.worker.Job;
import till.worker.Pause;

/**
 * Sends the cash moves recorded on the till to the server, never one twice: a move whose send had no answer (or that
 * was mid-send when the till stopped) is looked up by its reference first, once the server had time to finish the
 * call ({@code settle}), and sent again only when the server certainly does not hold it. Runs as a
 * {@link till.worker.Worker}'s job: {@link #round} on the worker's thread.
 */
public final class CashMoveSender implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(CashMoveSender.class);
    /** Nothing to do: look again now and then, and at once when woken (a move was recorded). */
    static final Duration IDLE = Duration.ofMinutes(1);

    private final CashMoves moves;
    private final CashMoveServer server;
    private final Clock clock;
    private final Duration settle;
    private final Backoff backoff;

    /**
     * @param settle how long after a send without an answer the server may still book it (its request time limit);
     *               the lookup waits that long
     */
    public CashMoveSender(CashMoves moves, CashMoveServer server, Clock clock, Duration settle, Backoff backoff) {
        this.moves = moves;
        this.server = server;
        this.clock = clock;
        this.settle = settle;
        this.backoff = backoff;
    }

    /** Works every open move once, oldest first; a failure to reach the server ends the round and backs off. */
    @Override
    public Pause round() {
        Duration soonest = IDLE;
        for (CashMove move : moves.open()) {
            Instant lookable = move.updatedAt().plus(settle);
            boolean uncertain = move.state() != CashMoveState.WAITING;
            if (uncertain && clock.instant().isBefore(lookable)) {
                Duration wait = Duration.between(clock.instant(), lookable);
                soonest = wait.compareTo(soonest) < 0 ? wait : soonest;
                continue;
            }
            try {
                if (uncertain) {
                    if (server.holds(move)) {
                        LOG.info("cash move {} is on the server already; not sent again", move.ref());
                        moves.mark(move.ref(), CashMoveState.SENT, "");
                        continue;
                    }
                    uncertain = false;
                }
                send(move);
            } catch (CashMoveException e) {
                if (!failed(move, uncertain, e)) {
                    return Pause.backOff(backoff.next());
                }
            }
        }
        backoff.reset();
        return Pause.idle(soonest);
    }

    private void send(CashMove move) throws CashMoveException {
        // Durable before the request leaves: a till killed mid-send finds SENDING and looks it up first.
        moves.mark(move.ref(), CashMoveState.SENDING, move.lastError());
        server.send(move);
        moves.mark(move.ref(), CashMoveState.SENT, "");
        LOG.info("cash move {} ({} {}) sent", move.ref(), move.direction().word(), move.amount());
    }

    /** Records what a failure means for the move; returns whether the round may go on with the next one. */
    private boolean failed(CashMove move, boolean wasUncertain, CashMoveException e) {
        switch (e.kind()) {
            case REJECTED -> {
                LOG.warn("cash move {} refused by the server: {}", move.ref(), e.getMessage());
                moves.mark(move.ref(), CashMoveState.REJECTED, e.getMessage());
                return true;
            }
            case OUTCOME_UNKNOWN -> {
                LOG.warn("cash move {}: no answer ({}); it is looked up before any resend", move.ref(),
                        e.getMessage());
                moves.mark(move.ref(), CashMoveState.UNKNOWN, e.getMessage());
                return false;
            }
            default -> {
                // A lookup that failed leaves the move as it was (and its settle time running); a send that never
                // left, after the lookup found it absent or for a new move, leaves it waiting.
                if (!wasUncertain) {
                    moves.mark(move.ref(), CashMoveState.WAITING, e.getMessage());
                }
                LOG.info("cash move {} not sent now: {}", move.ref(), e.getMessage());
                return false;
            }
        }
    }
}
