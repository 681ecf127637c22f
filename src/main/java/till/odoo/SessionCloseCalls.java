package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import till.session.ClosingException;
import till.session.ClosingRequest;

/**
 * How the web POS of one version family closes its session on the server: the calls, their arguments and how a
 * refusal comes back. One implementation per family, chosen by {@link VersionProfile#closing()}. Stateless.
 */
interface SessionCloseCalls {

    /**
     * Closes the session; blocks on the network.
     *
     * @param context     the login's {@code kwargs.context}, as the web POS sends it
     * @param cashControl the POS configuration's {@code cash_control}: whether the cash count is part of the close
     * @throws ClosingException REFUSED with the server's words when it answered that it will not close
     */
    void close(OdooClient client, ObjectNode context, boolean cashControl, ClosingRequest request)
            throws OdooException, ClosingException;
}
