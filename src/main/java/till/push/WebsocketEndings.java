package till.push;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import till.odoo.OdooException;

/**
 * The one place where the end of a websocket (the server's close code, a refused upgrade, a failed socket) becomes
 * what the transport does next and the cause the icon shows. It decides from the close code, the HTTP status and the
 * failure's type, one rule per line; the only words it reads are Odoo's close reason {@code OUTDATED_VERSION}.
 * Stateless.
 */
final class WebsocketEndings {

    /** What the transport does after a socket ended. */
    enum Next {
        /** Connect again at once (after a jitter), rotating: 4002, the server's keep-alive limit, is no failure. */
        RECONNECT,
        /** Log in again, then connect at once (4001: the session ended). */
        RENEW,
        /** Red, and connect again after the back-off. */
        BACK_OFF,
        /** Red, and connect again after the settings' longer pause (4003). */
        LATER,
        /** Red, and stay away until a click or a restart (1000 OUTDATED_VERSION: a retry would loop). */
        STAY_AWAY,
        /** The upgrade is stripped on the way: try polling {@code peek_notifications}. */
        TRY_POLLING
    }

    /**
     * How a socket ended. Immutable.
     *
     * @param status the HTTP status of a refused upgrade, else 0
     */
    record Ending(Next next, BusCause cause, int status) {
    }

    private WebsocketEndings() {
    }

    /** The server closed the socket with {@code code} and {@code reason}. */
    static Ending closed(int code, String reason, WebsocketEndpoint endpoint, WebsocketSettings settings) {
        if (code == 4002) {
            return new Ending(Next.RECONNECT, WebsocketCauses.keepAlive(), 0);
        }
        if (code == 4001) {
            return new Ending(Next.RENEW, WebsocketCauses.sessionRenewed(), 0);
        }
        if (code == 1013) {
            return new Ending(Next.BACK_OFF, WebsocketCauses.rateLimited(), 0);
        }
        if (code == 4003) {
            return new Ending(Next.LATER, WebsocketCauses.later(settings.laterPause()), 0);
        }
        // Odoo's reason is its constant; the web client does not reconnect after it, and neither must Till.
        if (code == 1000 && "OUTDATED_VERSION".equals(reason)) {
            return new Ending(Next.STAY_AWAY, WebsocketCauses.outdated(endpoint.version()), 0);
        }
        return new Ending(Next.BACK_OFF, WebsocketCauses.closed(code, reason), 0);
    }

    /**
     * The socket failed: the upgrade was refused ({@code status} > 0), the connection could not be made or broke.
     *
     * @param opened whether the socket had opened (a timeout then is OkHttp's unanswered ping)
     */
    static Ending failed(Throwable failure, int status, boolean opened, WebsocketEndpoint endpoint,
                         WebsocketSettings settings) {
        if (causedBy(failure, FrameCap.TooLarge.class)) {
            return new Ending(Next.BACK_OFF, WebsocketCauses.tooLarge(settings.frameCap()), 0);
        }
        if (status > 0) {
            return refused(status);
        }
        if (opened && failure instanceof SocketTimeoutException) {
            return new Ending(Next.BACK_OFF, WebsocketCauses.pingUnanswered(settings.pingInterval()), 0);
        }
        if (opened) {
            return new Ending(Next.BACK_OFF, WebsocketCauses.broken(settings.pingInterval()), 0);
        }
        OdooException classified = new OdooException(OdooException.Kind.RETRYABLE, String.valueOf(
                failure.getMessage()), new OdooException.Wire(transport(failure), 0, 0), null, null, failure);
        return new Ending(Next.BACK_OFF, BusFailures.of(classified, WebsocketEndpoint.ROUTE, endpoint.pushServer()),
                0);
    }

    /** The upgrade was answered {@code status} instead of 101. */
    private static Ending refused(int status) {
        // A prefork worker cannot bind the socket: werkzeug's generic 500 page, the reason only in Odoo's log (v17 510).
        if (status == 500) {
            return new Ending(Next.BACK_OFF, WebsocketCauses.misrouted(), status);
        }
        if (status >= 502 && status <= 504) {
            return new Ending(Next.BACK_OFF, WebsocketCauses.proxy(status), status);
        }
        if (status == 404) {
            return new Ending(Next.BACK_OFF, WebsocketCauses.noRoute(), status);
        }
        // Till sends every header Odoo needs: a 400 means something on the way dropped Upgrade/Connection (Odoo
        // answers "Empty or missing header(s): connection, upgrade"); a 2xx or 3xx means a proxy answered a plain GET.
        if (status == 400 || status >= 200 && status < 400 && status != 101) {
            return new Ending(Next.TRY_POLLING, null, status);
        }
        return new Ending(Next.BACK_OFF, WebsocketCauses.refused(status), status);
    }

    /** The transport failure of an exception, as {@code till.odoo} names them for its own calls. */
    private static OdooException.Transport transport(Throwable failure) {
        if (failure instanceof UnknownHostException) {
            return OdooException.Transport.DNS;
        }
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException) {
            return OdooException.Transport.REFUSED;
        }
        if (failure instanceof SSLException) {
            return OdooException.Transport.TLS;
        }
        if (failure instanceof InterruptedIOException) {
            return OdooException.Transport.TIMEOUT;
        }
        return failure instanceof IOException ? OdooException.Transport.BROKEN : OdooException.Transport.NONE;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
