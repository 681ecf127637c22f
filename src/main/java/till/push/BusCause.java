package till.push;

import java.time.Duration;

/**
 * Why the push channel is in its state, in plain words for the cashier and what an admin should change. Failures
 * become one of these small values before they become a state. Immutable.
 *
 * @param kind   the closed set the state machine and the views work with
 * @param words  what happened, in plain words
 * @param advice what to do about it, or empty
 * @param figure the one figure the words carry (a status {@code 502}, a time {@code 30 s}, a count {@code 5}), so
 *               a translation by kind can say it too (decision 0237); empty when the words carry none
 */
public record BusCause(Kind kind, String words, String advice, String figure) {

    public BusCause {
        figure = figure == null ? "" : figure;
    }

    /** A cause whose words carry no figure a translation needs. */
    public BusCause(Kind kind, String words, String advice) {
        this(kind, words, advice, "");
    }

    /** This cause with the figure its words carry ({@code 502}, {@code 30 s}). */
    public BusCause withFigure(Object figure) {
        return new BusCause(kind, words, advice, String.valueOf(figure));
    }

    /** The reasons the channel can be in a state. */
    public enum Kind {
        NOT_STARTED, STOPPED, SERVER_ANSWERED, POLL_COMPLETED, PONG_RECEIVED, RECONNECTING,
        /** A websocket is being opened: TCP, TLS, the upgrade and the subscribe are in flight (16+). */
        CONNECTING,
        /** The websocket is open and subscribed, and answers Till's pings (16+). */
        SUBSCRIBED,
        /** The websocket is open but has not answered within the window (16+). */
        SILENT,
        /** The upgrade is stripped on the way: Till polls {@code /websocket/peek_notifications} instead (16+). */
        POLLING_FALLBACK,
        DNS, REFUSED, TIMEOUT, TLS, CONNECTION_BROKEN, PROXY_STATUS, BUS_UNAVAILABLE, NO_POLL_ROUTE,
        PONG_TIMEOUT, LATE_PUSH, SESSION_EXPIRED, SERVER_ERROR,
        /** 16+: the upgrade reached one of Odoo's prefork workers (HTTP 500), not the gevent port. */
        WEBSOCKET_MISROUTED,
        /** 16+: the upgrade was answered with another HTTP status than 101. */
        UPGRADE_REFUSED,
        /** 16+: the server closed the websocket (a close code Till does not simply reconnect after). */
        SOCKET_CLOSED,
        /** 16+: close 1013, too many frames at once: Till waits before it reconnects. */
        RATE_LIMITED,
        /** 19: close 4003, the server asks Till to come back later, not at once. */
        RECONNECT_LATER,
        /** 16+: close 1000 OUTDATED_VERSION, the server expects another websocket version. */
        OUTDATED_VERSION,
        /** 16+: a websocket message over Till's cap, or one that is not a bus frame. */
        BAD_FRAME,
        /** Something inside the till failed unexpectedly (a bug); the failed part starts again by itself. */
        INTERNAL;

        /** Whether this kind explains a red state. */
        public boolean isFailure() {
            return ordinal() >= DNS.ordinal();
        }
    }

    public static BusCause notStarted() {
        return new BusCause(Kind.NOT_STARTED, "The push channel has not started yet.", "");
    }

    public static BusCause stopped() {
        return new BusCause(Kind.STOPPED, "The push channel was stopped.", "");
    }

    public static BusCause serverAnswered() {
        return new BusCause(Kind.SERVER_ANSWERED, "The server answers; waiting for the first poll to complete.", "");
    }

    public static BusCause pollCompleted() {
        return new BusCause(Kind.POLL_COMPLETED, "The server can push to this till (a poll completed).", "");
    }

    public static BusCause pongReceived(Duration latency) {
        return new BusCause(Kind.PONG_RECEIVED, "The server can push to this till (PONG after " + latency.toMillis()
                + " ms).", "").withFigure(latency.toMillis() + " ms");
    }

    public static BusCause reconnecting() {
        return new BusCause(Kind.RECONNECTING, "Reconnecting to the server now.", "");
    }

    /**
     * A part of the push connection failed unexpectedly: the words are the worker's {@code internal error: <cause>}.
     *
     * @param part what failed, for the advice, e.g. "The connection to the server"
     */
    public static BusCause internal(String words, String part) {
        return new BusCause(Kind.INTERNAL, words, part + " starts again by itself in a moment; the till keeps selling."
                + " If this repeats, make a support bundle (till support-bundle) for whoever supports the till.");
    }

    public static BusCause pongTimeout(Duration timeout) {
        return new BusCause(Kind.PONG_TIMEOUT, "The server answered the PING but no PONG came back within "
                + timeout.toSeconds() + " s.", "If this repeats, the server's bus does not hear its own notifications"
                + " (LISTEN/NOTIFY): run till doctor.").withFigure(timeout.toSeconds() + " s");
    }

    /** The PONG (or a notification) came only when the held poll returned: NOTIFY does not reach the bus. */
    public static BusCause latePush(Duration latency) {
        return new BusCause(Kind.LATE_PUSH, "The PONG arrived only when the poll returned, " + latency.toSeconds()
                + " s late: the server's bus does not hear LISTEN/NOTIFY, so pushes are up to 50 s late.",
                "Odoo's database connection goes through PgBouncer in transaction mode (or LISTEN is blocked): give"
                + " the 'postgres' database session pooling in PgBouncer ([databases] postgres = ... pool_mode=session)"
                + " or connect Odoo's bus straight to PostgreSQL. Without PgBouncer: /longpolling may reach one of"
                + " Odoo's ordinary workers, which holds a poll but is never woken: route /longpolling to the"
                + " long-polling port (8072).").withFigure(latency.toSeconds() + " s");
    }
}
