package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * How one version family opens a POS session on the server: the dashboard's call that creates the session of a
 * POS configuration, and the call that counts its opening cash and moves it from {@code opening_control} to
 * {@code opened}. One implementation per family, chosen by {@link VersionProfile#opening()}. Stateless.
 */
interface SessionOpenCalls {

    /** Creates a new session of the configuration unless one is open (the server's own rule); blocks. */
    void create(OdooClient client, ObjectNode context, long configId) throws OdooException;

    /**
     * Counts the opening cash of a session in {@code opening_control} and opens it; blocks.
     *
     * @param cashControl the configuration's {@code cash_control}
     */
    void open(OdooClient client, ObjectNode context, boolean cashControl, long sessionId, BigDecimal cash,
              String note) throws OdooException;
}
