package till.push;

import java.util.EnumSet;
import java.util.Set;

/**
 * The look of the longpolling icon, and the only moves between looks that the {@code pos_longpolling} semantics allow
 * (protocol §8.4-8.5), plus the one the websocket bus adds (green to orange when it falls silent, decision 0081). The
 * enum owns its legal transitions; {@link ConnectionStateMachine} enforces them. Immutable.
 */
public enum ConnectionState {
    /** Not started or stopped: the icon is hidden. */
    STOPPED,
    /** No connection to the server: offline mode. */
    RED,
    /** The server answered an ordinary request, but no poll has completed since start or the last failure. */
    ORANGE,
    /** Online: a poll completed since the last failure, or the PONG arrived. */
    GREEN,
    /** A reconnect is in progress (the cashier clicked the icon). */
    ROTATING;

    /** Whether this state may become {@code next}; staying in the same state is not a transition. */
    public boolean canMoveTo(ConnectionState next) {
        return legalTargets().contains(next);
    }

    /**
     * Whether this state may become {@code next} for a cause of kind {@code because}: the moves of
     * {@link #legalTargets()}, and one more for the websocket bus (16+). An open websocket that falls silent past its
     * window, or that falls back to polling {@code peek_notifications}, turns green orange; long polling never does
     * (its orange means "no poll completed yet", and a completed poll cannot be undone by an answer).
     */
    public boolean canMoveTo(ConnectionState next, BusCause.Kind because) {
        return canMoveTo(next) || this == GREEN && next == ORANGE
                && (because == BusCause.Kind.SILENT || because == BusCause.Kind.POLLING_FALLBACK);
    }

    /** Every state this one may become. */
    public Set<ConnectionState> legalTargets() {
        return switch (this) {
            // Start: the first ordinary answer, the first poll, or the first failure.
            case STOPPED -> EnumSet.of(RED, ORANGE, GREEN, ROTATING);
            // A PING answered while polls fail is orange (is_online, waiting_poll_response); a poll makes it green.
            case RED -> EnumSet.of(ORANGE, GREEN, ROTATING, STOPPED);
            case ORANGE -> EnumSet.of(RED, GREEN, ROTATING, STOPPED);
            // waiting_poll_response only comes back together with is_online = false, so green never turns orange
            // (but a silent websocket does: see canMoveTo(next, because)).
            case GREEN -> EnumSet.of(RED, ROTATING, STOPPED);
            // The reconnect's outcome.
            case ROTATING -> EnumSet.of(RED, ORANGE, GREEN, STOPPED);
        };
    }
}
