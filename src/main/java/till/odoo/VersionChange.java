package till.odoo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failure of a call that met a server upgraded under the till: the call was built for the major version of an
 * earlier login, so it is not retried, and the orders wait until the POS facts are read again with the new version's
 * profile. Stateless.
 */
final class VersionChange {

    private static final Logger LOG = LoggerFactory.getLogger(VersionChange.class);

    private VersionChange() {
    }

    /** Logs the change once, where it is found, and words it for the cashier's panel and the admin. */
    static OdooException failure(ServerVersion before, ServerVersion now) {
        LOG.warn("the server now runs Odoo {}; it ran Odoo {} when Till logged in", now.text(), before.text());
        return new OdooException(OdooException.Kind.MISCONFIGURED, "The server now runs Odoo " + now.text()
                + " (it ran Odoo " + before.text() + " when Till logged in): Till sends nothing in the old version's"
                + " format and connects again as Odoo " + now.major() + " expects.");
    }
}
