package till.demoserver;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The misbehaviours the demo server can be switched into; names are what {@code --fault} takes. Immutable. */
public enum FaultKind {
    /** Connection refused: the server really stops listening until the fault is cleared. */
    DOWN("down", Argument.NONE),
    /** Accepts the request and never answers (until cleared or stopped); value: optional path prefix. */
    HANG("hang", Argument.PATH),
    /** Answers after a delay; value: milliseconds (default 2000). */
    SLOW("slow", Argument.NUMBER),
    /** HTTP 502 with nginx's HTML page, as a reverse proxy gives when Odoo is down; value: optional path prefix. */
    PROXY_502("proxy-502", Argument.PATH),
    /** HTTP 504 with nginx's HTML page, as a reverse proxy gives when Odoo is too slow; value: optional path prefix. */
    PROXY_504("proxy-504", Argument.PATH),
    /** HTTP 500 with Odoo's HTML "Internal Server Error" page; value: optional path prefix. */
    HTML_ERROR("html-error", Argument.PATH),
    /** Declares the full Content-Length, sends half the body, closes the connection; value: optional path prefix. */
    DROP_MID_BODY("drop-mid-body", Argument.PATH),
    /** A complete HTTP 200 whose JSON body is cut in half; value: optional path prefix. */
    TRUNCATED_JSON("truncated-json", Argument.PATH),
    /** A complete HTTP 200 whose body is not JSON at all; value: optional path prefix. */
    MALFORMED_JSON("malformed-json", Argument.PATH),
    /** {@code /longpolling/poll} answers the old (10-13, early 14) "bus.Bus unavailable" JSON-RPC error at once. */
    MISROUTE_BUS_UNAVAILABLE("misroute-bus-unavailable", Argument.NONE),
    /** The poll lands on an HTTP worker: it is never woken, holds the whole time, then reads once (v14 425). */
    MISROUTE_HOLD("misroute-hold", Argument.NONE),
    /** PgBouncer in transaction mode: NOTIFY never arrives, so notifications come only when a poll times out. */
    LATE_NOTIFICATIONS("late-notifications", Argument.NONE),
    /** {@code create_from_ui} fails with a UserError for the batch holding this order name (pos_reference). */
    ORDER_ERROR("order-error", Argument.TEXT),
    /**
     * Paid orders are committed this many seconds after their call arrives (default 5), with Odoo's search-then-create
     * and no lock between: a second call carrying the same order in that time stores it a second time.
     */
    SLOW_COMMIT("slow-commit", Argument.NUMBER),
    /**
     * The N-th {@code product.product search_read} after the fault is switched on (default 2: the second page of a
     * catalog load) stops halfway through its answer and the connection drops, once; the load must resume after the
     * pages it stored.
     */
    DROP_PAGE("drop-page", Argument.NUMBER),
    /** The request is handled (an order is committed), then the connection is dropped before any byte of the answer. */
    ANSWER_LOST("answer-lost", Argument.PATH),
    /**
     * The shop added a unique index on the order's reference (18: its uuid): a commit that would store a second copy
     * fails the whole call with PostgreSQL's "duplicate key value violates unique constraint".
     */
    UNIQUE_REFERENCE("unique-reference", Argument.NONE),
    /**
     * The server will not close a POS session (e.g. unposted entries); value: its message. 14 raises it as a
     * UserError, 15-18 answer {@code close_session_from_ui} with {@code successful: false} and the message.
     */
    CLOSING_REFUSED("closing-refused", Argument.TEXT),
    /** Logged-in sessions expire this many seconds after login (0: at once); code 100 follows. */
    SESSION_TTL("session-ttl", Argument.NUMBER),
    /** 17/18: {@code /websocket} refuses the upgrade with this HTTP status (default 400: a proxy strips Upgrade). */
    WS_REFUSE("ws-refuse", Argument.NUMBER),
    /** 17/18: the upgrade reached the main port of a multi-worker server: HTTP 500 "Couldn't bind the websocket". */
    WS_MISROUTE("ws-misroute", Argument.NONE),
    /** 17/18: every socket's TCP connection is dropped without a close frame, the open ones at once, new ones after
     *  their upgrade. */
    WS_DROP("ws-drop", Argument.NONE),
    /** 17/18: the next notification frame of a socket stops halfway and its TCP connection is dropped. */
    WS_DROP_MID_FRAME("ws-drop-mid-frame", Argument.NONE),
    /** 17/18: the sockets stop reading and writing: no pong, no ping, no notification, until cleared. */
    WS_STALL("ws-stall", Argument.NONE),
    /** 17/18: every socket is closed with this code (default 4002) and dropped, the open ones at once, new ones
     *  after their upgrade. */
    WS_CLOSE("ws-close", Argument.NUMBER),
    /** 17/18: every notification frame leaves this many milliseconds late (default 2000). */
    WS_SLOW("ws-slow", Argument.NUMBER);

    /** What the {@code =VALUE} part means. */
    enum Argument { NONE, PATH, NUMBER, TEXT }

    private final String label;
    private final Argument argument;

    FaultKind(String label, Argument argument) {
        this.label = label;
        this.argument = argument;
    }

    public String label() {
        return label;
    }

    Argument argument() {
        return argument;
    }

    static FaultKind byLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault " + label + " (known: "
                        + Arrays.stream(values()).map(FaultKind::label).collect(Collectors.joining(", ")) + ")"));
    }
}
