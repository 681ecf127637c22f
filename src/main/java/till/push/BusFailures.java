package till.push;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import till.odoo.OdooException;

/**
 * Turns a failure that {@code till.odoo} already classified into the {@link BusCause} the icon explains, adding what
 * only the push channel knows (which route, which port). One rule per line. Stateless.
 */
public final class BusFailures {

    private static final Pattern HTTP_STATUS = Pattern.compile("HTTP (\\d{3})");

    private BusFailures() {
    }

    /** The cause of a failed call to {@code route} on {@code server}. */
    public static BusCause of(OdooException e, String route, String server) {
        Throwable io = e.getCause();
        int status = httpStatus(e);
        String odoo = e.serverMessage().orElse("");
        if (io instanceof UnknownHostException) {
            return new BusCause(BusCause.Kind.DNS, "The server name in " + server + " cannot be found (DNS).",
                    "Check the server address in the till's settings and the shop's network and DNS.");
        }
        if (io instanceof ConnectException || io instanceof NoRouteToHostException) {
            return new BusCause(BusCause.Kind.REFUSED, "The server at " + server + " refused the connection.",
                    "Odoo is not running there, or the address or port is wrong (a separate push URL usually ends in"
                    + " :8072).");
        }
        if (io instanceof SSLException) {
            return new BusCause(BusCause.Kind.TLS, "The secure connection (TLS) to " + server + " failed.",
                    "Install a certificate the till trusts on the server or proxy, or check the till's clock.");
        }
        if (io instanceof InterruptedIOException) {
            return new BusCause(BusCause.Kind.TIMEOUT, "The server did not answer " + route + " in time.",
                    "The server or the network is too slow or down; a proxy may hold the request. Till keeps trying.");
        }
        if (io != null) {
            return new BusCause(BusCause.Kind.CONNECTION_BROKEN, "The connection to the server broke off.",
                    "Till keeps trying; if it repeats, check the network and any proxy in between.");
        }
        if (odoo.contains("bus.Bus unavailable")) {
            return new BusCause(BusCause.Kind.BUS_UNAVAILABLE, "The server answered \"bus.Bus unavailable\": "
                    + "/longpolling reaches one of Odoo's ordinary (prefork) workers.",
                    "Route /longpolling to Odoo's long-polling port (8072 by default) in the proxy, or give the till"
                    + " a push URL on that port.");
        }
        if (status == 404 || e.serverErrorName().orElse("").endsWith("NotFound")) {
            return new BusCause(BusCause.Kind.NO_POLL_ROUTE, "The server has no route " + route + " (HTTP 404).",
                    "A proxy rule for /longpolling is missing, or the server is Odoo 16 or newer (websocket bus,"
                    + " not supported yet).");
        }
        if (status >= 502 && status <= 504) {
            return new BusCause(BusCause.Kind.PROXY_STATUS, "A proxy answered HTTP " + status + " instead of Odoo.",
                    "Odoo behind the proxy is down, or the proxy's read timeout is shorter than the 50 s long poll:"
                    + " set it to at least 60 s (nginx: proxy_read_timeout 720s for /longpolling).");
        }
        if (e.kind() == OdooException.Kind.SESSION_EXPIRED) {
            return new BusCause(BusCause.Kind.SESSION_EXPIRED, "The Odoo session expired.",
                    "Till logs in again with its next call; if it keeps expiring, check the saved password.");
        }
        return new BusCause(BusCause.Kind.SERVER_ERROR, e.getMessage(), "");
    }

    private static int httpStatus(OdooException e) {
        Matcher m = HTTP_STATUS.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
