package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Odoo 14's opening, as its backend does it (14's POS has no opening popup): {@code pos.config.open_session_cb
 * [[config]]} creates the session (transcript v14 110), opened at once without cash control; with cash control it
 * waits in {@code opening_control}, the opening cash is the session's {@code cash_register_balance_start} (its cash
 * statement's starting balance, written as 14's cash box wizard does) and the "Open Session" button,
 * {@code action_pos_session_open [[id]]}, opens it (14's {@code pos_session.py}). 14 keeps no opening note. Stateless.
 */
final class BackendOpeningCalls implements SessionOpenCalls {

    static final BackendOpeningCalls INSTANCE = new BackendOpeningCalls();

    private BackendOpeningCalls() {
    }

    @Override
    public void create(OdooClient client, ObjectNode context, long configId) throws OdooException {
        OpeningControlCalls.FIFTEEN.create(client, context, configId);
    }

    @Override
    public void open(OdooClient client, ObjectNode context, boolean cashControl, long sessionId, BigDecimal cash,
                     String note) throws OdooException {
        ArrayNode ids = JsonRpcClient.MAPPER.createArrayNode();
        ids.addArray().add(sessionId);
        if (cashControl) {
            ArrayNode write = ids.deepCopy();
            write.addObject().put("cash_register_balance_start", cash);
            client.callKw("pos.session", "write", write, OpeningControlCalls.withContext(context),
                    OdooClient.CALL_TIMEOUT);
        }
        client.callKw("pos.session", "action_pos_session_open", ids, OpeningControlCalls.withContext(context),
                OdooClient.CALL_TIMEOUT);
    }
}
