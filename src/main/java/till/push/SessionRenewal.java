package till.push;

import till.odoo.OdooException;

/**
 * Logs the push channel's session in again after Odoo answered "Session expired" (code 100), with the till's one
 * login code ({@code JsonRpcOdooClient.authenticate}); blocks on the network. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SessionRenewal {

    void renew() throws OdooException;

    /** No way to log in again (no kept password): the expiry stays a failure, said in words. */
    static SessionRenewal none() {
        return () -> {
            throw new OdooException(OdooException.Kind.SESSION_EXPIRED, "Till has no password to log in again: an"
                    + " admin must enter it (till setup --keep-password).");
        };
    }

    /** What the icon says when logging in again failed. */
    static BusCause failed(OdooException e) {
        String advice = e.kind() == OdooException.Kind.AUTHENTICATION
                ? "The password was probably changed on the server: an admin must re-enter it (till setup, or the"
                + " gear button). The till keeps selling and keeps the paid orders."
                : "Till keeps trying; if it repeats, check the saved password (till setup).";
        return new BusCause(BusCause.Kind.SESSION_EXPIRED, "The Odoo session expired and logging in again failed: "
                + e.getMessage(), advice);
    }
}
