package till.push;

import java.time.Duration;
import till.push.BusCause.Kind;

/**
 * The websocket bus's causes in the words of the longpolling icon: what happened, and what to do (decision 0083).
 * Stateless.
 */
final class WebsocketCauses {

    /** What a proxy in front of Odoo needs for the websocket: the upgrade headers and the gevent port. */
    static final String NGINX = "nginx: location /websocket { proxy_pass http://127.0.0.1:8072;"
            + " proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade;"
            + " proxy_set_header Connection $connection_upgrade; proxy_read_timeout 720s; }";
    private static final String RECONNECTS = "Till reconnects by itself and resubscribes from the last notification"
            + " it handled.";

    private WebsocketCauses() {
    }

    /** A duration as the panel says it: "5 min", "20 s", "1.5 s", "300 ms". */
    static String span(Duration d) {
        long millis = d.toMillis();
        if (millis >= 60_000 && millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }

    static BusCause connecting(String push) {
        return new BusCause(Kind.CONNECTING, "Connecting to the server's websocket (" + push
                + WebsocketEndpoint.ROUTE + ").", "");
    }

    static BusCause subscribed() {
        return new BusCause(Kind.SUBSCRIBED, "The server can push to this till (websocket open and subscribed).", "");
    }

    static BusCause answeredAgain() {
        return new BusCause(Kind.SUBSCRIBED, "The server answers again on the websocket.", "");
    }

    static BusCause silent(Duration window) {
        return new BusCause(Kind.SILENT, "The websocket is open, but the server has not answered Till's ping for "
                + span(window) + ".", "The server or the network is slow or stuck; if no answer comes, Till"
                + " closes the socket and reconnects by itself.").withFigure(span(window));
    }

    static BusCause polling(int status, Duration interval, Duration retry) {
        return new BusCause(Kind.POLLING_FALLBACK, "Something between the till and the server strips the websocket"
                + " upgrade (HTTP " + status + " instead of 101): Till polls " + WebsocketEndpoint.PEEK + " every "
                + span(interval) + " instead, so pushes may arrive up to " + span(interval) + " late.", "Make the proxy pass the Upgrade and Connection headers to /websocket and route it to"
                + " Odoo's gevent port (" + NGINX + "). Till tries the websocket again every " + span(retry)
                + " and when the icon is clicked.");
    }

    static BusCause keepAlive() {
        return new BusCause(Kind.CONNECTING, "The server closed the websocket at the end of its keep-alive time"
                + " (4002, as Odoo does about every hour); reconnecting now.", "");
    }

    static BusCause sessionRenewed() {
        return new BusCause(Kind.CONNECTING, "The Odoo session ended (4001); Till logged in again and reconnects.",
                "");
    }

    static BusCause sessionEndedAgain() {
        return new BusCause(Kind.SESSION_EXPIRED, "The Odoo session ended again (4001) right after Till logged in"
                + " again.", "Till keeps trying; if it repeats, check the saved password (till setup) and that nobody"
                + " logs this user out on the server.");
    }

    static BusCause rateLimited() {
        return new BusCause(Kind.RATE_LIMITED, "The server closed the websocket: try again later (1013: too many"
                + " messages at once, or no database connection free).", "Till waits a moment and reconnects by"
                + " itself. If it repeats, the server is short of database connections: see till doctor's"
                + " connection-limit check.");
    }

    static BusCause later(Duration pause) {
        return new BusCause(Kind.RECONNECT_LATER, "The server closed the websocket and asked Till to come back later"
                + " (4003); Till reconnects in " + span(pause) + ".", "Nothing, unless it repeats: then the"
                + " server is restarting again and again.");
    }

    static BusCause outdated(String version) {
        return new BusCause(Kind.OUTDATED_VERSION, "The server refused Till's websocket version \"" + version
                + "\" (1000 OUTDATED_VERSION).", "The server was probably upgraded while the till ran: restart the"
                + " till so that it reads the server's version again. Till does not retry by itself; a click on the"
                + " icon tries once more.");
    }

    static BusCause closed(int code, String reason) {
        String what = switch (code) {
            case 1001 -> "1001: Odoo is stopping";
            case 1011 -> "1011: a server error";
            case 1012 -> "1012: Odoo is restarting";
            default -> Integer.toString(code) + (reason.isBlank() ? "" : " " + reason);
        };
        return new BusCause(Kind.SOCKET_CLOSED, "The server closed the websocket (" + what + ").", RECONNECTS);
    }

    static BusCause broken(Duration pingInterval) {
        return new BusCause(Kind.CONNECTION_BROKEN, "The websocket connection broke off without a close from the"
                + " server.", RECONNECTS + " If it repeats, check the network and any proxy in between (its read"
                + " timeout must be longer than Till's ping interval of " + span(pingInterval) + ").");
    }

    static BusCause pingUnanswered(Duration pingInterval) {
        return new BusCause(Kind.PONG_TIMEOUT, "The server did not answer Till's websocket ping within "
                + span(pingInterval) + "; Till closed the socket.", RECONNECTS + " If it repeats, the server"
                + " or a proxy in between holds the connection without passing its frames.").withFigure(span(
                pingInterval));
    }

    static BusCause misrouted() {
        return new BusCause(Kind.WEBSOCKET_MISROUTED, "The server answered the websocket upgrade with HTTP 500:"
                + " /websocket reached one of Odoo's ordinary (prefork) workers, which cannot hold a websocket (Odoo's"
                + " log says \"Couldn't bind the websocket\").", "Route /websocket to Odoo's gevent port (gevent_port,"
                + " 8072 by default) in the proxy (" + NGINX + "), or give the till a push URL on that port. till"
                + " doctor checks the route.");
    }

    static BusCause proxy(int status) {
        return new BusCause(Kind.PROXY_STATUS, "A proxy answered HTTP " + status + " to the websocket upgrade"
                + " instead of Odoo.", "Odoo's gevent process (port 8072) behind the proxy is down or unreachable:"
                + " route /websocket there (" + NGINX + ").").withFigure(status);
    }

    static BusCause noRoute() {
        return new BusCause(Kind.UPGRADE_REFUSED, "The server has no " + WebsocketEndpoint.ROUTE + " route (HTTP"
                + " 404).", "A proxy rule for /websocket is missing (" + NGINX + "), or the server is older than Odoo"
                + " 16.").withFigure(404);
    }

    static BusCause refused(int status) {
        return new BusCause(Kind.UPGRADE_REFUSED, "The server refused the websocket upgrade (HTTP " + status + ").",
                "A proxy or firewall in between refuses websockets: allow the upgrade on /websocket (" + NGINX
                + ").").withFigure(status);
    }

    static BusCause stripped(int status) {
        return new BusCause(Kind.UPGRADE_REFUSED, "The websocket upgrade was answered HTTP " + status + " instead of"
                + " 101: something on the way strips the Upgrade and Connection headers.", "Make the proxy pass them"
                + " to /websocket and route it to Odoo's gevent port (" + NGINX + ").").withFigure(status);
    }

    static BusCause strippedWithoutFallback(int status, String pollWords) {
        return new BusCause(Kind.UPGRADE_REFUSED, "The websocket upgrade was answered HTTP " + status + " instead of"
                + " 101 (something strips the Upgrade headers), and polling " + WebsocketEndpoint.PEEK + " failed"
                + " too: " + pollWords, "Make the proxy pass the Upgrade and Connection headers to /websocket and"
                + " route it to Odoo's gevent port (" + NGINX + ").").withFigure(status);
    }

    static BusCause tooLarge(long cap) {
        String limit = cap >= 1024 * 1024 ? cap / (1024 * 1024) + " MiB" : cap / 1024 + " KiB";
        return new BusCause(Kind.BAD_FRAME, "The server sent a websocket message over Till's limit of " + limit
                + "; Till closed the socket.", "No POS notification is that large: a module"
                + " sends something huge on the POS channel. Till keeps reconnecting; make a support bundle for"
                + " whoever supports the server.");
    }

    static BusCause notAFrame() {
        return new BusCause(Kind.BAD_FRAME, "The server sent a websocket message that is not a bus frame (not JSON).",
                RECONNECTS + " If it repeats, a proxy in between alters the websocket's messages.");
    }
}
