package till.push;

import java.util.Optional;
import till.odoo.OdooException;
import till.odoo.UnusableAnswer;

/**
 * Turns a failure that {@code till.odoo} already classified into the {@link BusCause} the icon explains, adding what
 * only the push channel knows (which route, which port). It decides from the failure's structured fields only (the
 * transport failure, the HTTP status, the JSON-RPC code, {@code data.name} and the {@link UnusableAnswer} behind it),
 * never from words; one rule per line. Stateless.
 */
public final class BusFailures {

    private BusFailures() {
    }

    /**
     * The cause of a failed login: the words of {@code e} (the checks of {@code till setup} say which step failed),
     * the kind and advice of the Odoo failure behind it, if any.
     */
    public static BusCause ofLogin(Exception e, String server) {
        Throwable root = e;
        while (root != null && !(root instanceof OdooException)) {
            root = root.getCause();
        }
        if (root == null) {
            return new BusCause(BusCause.Kind.SERVER_ERROR, e.getMessage(), "Check the server settings (till setup)."
                    + " The till keeps selling and tries again by itself.");
        }
        BusCause classified = of((OdooException) root, "/web/session/authenticate", server);
        return new BusCause(classified.kind(), e.getMessage(), classified.advice());
    }

    /** The cause of a failed call to {@code route} on {@code server}. */
    public static BusCause of(OdooException e, String route, String server) {
        switch (e.transport()) {
            case DNS:
                return new BusCause(BusCause.Kind.DNS, "The server name in " + server + " cannot be found (DNS).",
                        "Check the server address in the till's settings and the shop's network and DNS.");
            case REFUSED:
                return new BusCause(BusCause.Kind.REFUSED, "The server at " + server + " refused the connection.",
                        "Odoo is not running there, or the address or port is wrong (a separate push URL usually ends"
                        + " in :8072).");
            case TLS:
                return new BusCause(BusCause.Kind.TLS, "The secure connection (TLS) to " + server + " failed.",
                        "Install a certificate the till trusts on the server or proxy, or check the till's clock.");
            case TIMEOUT:
                return new BusCause(BusCause.Kind.TIMEOUT, "The server did not answer " + route + " in time.",
                        "The server or the network is too slow or down; a proxy may hold the request. Till keeps"
                        + " trying.");
            case BROKEN:
            case CANCELLED:
                return new BusCause(BusCause.Kind.CONNECTION_BROKEN, "The connection to the server broke off.",
                        "Till keeps trying; if it repeats, check the network and any proxy in between.");
            case NONE:
            default:
                return answered(e, route);
        }
    }

    /** The cause of a failure the server answered (with a status, a JSON-RPC error, or an unreadable body). */
    private static BusCause answered(OdooException e, String route) {
        if (busUnavailable(e)) {
            return new BusCause(BusCause.Kind.BUS_UNAVAILABLE, "The server answered \"bus.Bus unavailable\": "
                    + "/longpolling reaches one of Odoo's ordinary (prefork) workers.",
                    "Route /longpolling to Odoo's long-polling port (8072 by default) in the proxy, or give the till"
                    + " a push URL on that port.");
        }
        if (e.httpStatus() == 404 || odooHasNoRoute(e)) {
            return new BusCause(BusCause.Kind.NO_POLL_ROUTE, "The server has no route " + route + " (HTTP 404).",
                    "A proxy rule for /longpolling is missing, or the server is Odoo 16 or newer (websocket bus,"
                    + " not supported yet).");
        }
        if (e.httpStatus() >= 502 && e.httpStatus() <= 504) {
            return new BusCause(BusCause.Kind.PROXY_STATUS, "A proxy answered HTTP " + e.httpStatus() + " instead of"
                    + " Odoo.", "Odoo behind the proxy is down, or the proxy's read timeout is shorter than the 50 s"
                    + " long poll: set it to at least 60 s (nginx: proxy_read_timeout 720s for /longpolling).")
                    .withFigure(e.httpStatus());
        }
        Optional<UnusableAnswer> unusable = UnusableAnswer.behind(e);
        if (unusable.isPresent()) {
            return notOdoosAnswer(unusable.get(), route);
        }
        if (e.kind() == OdooException.Kind.SESSION_EXPIRED) {
            return new BusCause(BusCause.Kind.SESSION_EXPIRED, "The Odoo session expired.",
                    "Till logs in again with its next call; if it keeps expiring, check the saved password.");
        }
        return new BusCause(BusCause.Kind.SERVER_ERROR, e.getMessage(), "");
    }

    /** An answer came that Till cannot use: a page, no JSON, cut JSON, JSON but not JSON-RPC, far too long. */
    private static BusCause notOdoosAnswer(UnusableAnswer answer, String route) {
        String words = "The server sent something that is not Odoo's answer to " + route + ": " + answer.what() + ".";
        if (answer.problem() == UnusableAnswer.Problem.TOO_LARGE) {
            return new BusCause(BusCause.Kind.SERVER_ERROR, words, "No real answer is that long: a proxy or the"
                    + " server sends endless data. Till stopped reading it and keeps trying; if it repeats, check the"
                    + " proxy in front of Odoo.");
        }
        return new BusCause(BusCause.Kind.SERVER_ERROR, words, "A proxy or another web server may answer " + route
                + " in Odoo's place, or Odoo failed while answering: check the proxy's rules for it. Till keeps"
                + " trying.");
    }

    /** Whether Odoo itself said it has no such route: JSON-RPC code 404, werkzeug's {@code NotFound}. */
    public static boolean odooHasNoRoute(OdooException e) {
        return e.rpcCode() == 404 || e.serverErrorName().orElse("").endsWith("NotFound");
    }

    /**
     * Whether a poll reached one of Odoo's prefork workers. Odoo raises a plain {@code Exception("bus.Bus
     * unavailable")} there (JSON-RPC code 200, {@code data.name} {@code builtins.Exception}), so its words are the only
     * signal; the one place the push channel reads the server's text.
     */
    private static boolean busUnavailable(OdooException e) {
        return e.serverMessage().orElse("").contains("bus.Bus unavailable");
    }
}
