package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The opening of the 15-19 POS: the dashboard's {@code pos.config} button creates a session in
 * {@code opening_control}, and the POS's opening popup sends the counted cash and a note, which opens it. The calls
 * differ by version only in their names and the shape of the session id (transcripts 110-112):
 * <ul>
 *     <li>15: {@code open_session_cb [[config]]}, then {@code set_cashbox_pos [id, cash, notes]} (a bare id)</li>
 *     <li>17: {@code open_ui [[config]]}, then {@code set_cashbox_pos [[id], cash, notes]}</li>
 *     <li>18, 19: {@code open_ui [[config]]}, then {@code set_opening_control [[id], cash, notes]}</li>
 * </ul>
 * Each returns None or an {@code act_url} the till has no use for. Immutable.
 */
final class OpeningControlCalls implements SessionOpenCalls {

    static final OpeningControlCalls FIFTEEN = new OpeningControlCalls("open_session_cb", "set_cashbox_pos", false,
            false);
    static final OpeningControlCalls SEVENTEEN = new OpeningControlCalls("open_ui", "set_cashbox_pos", true, false);
    static final OpeningControlCalls EIGHTEEN = new OpeningControlCalls("open_ui", "set_opening_control", true, true);

    private final String create;
    private final String count;
    private final boolean idInList;
    /** 18 and 19 send the count with the login's context (v18/v19 112); 15 and 17 with empty kwargs. */
    private final boolean countWithContext;

    private OpeningControlCalls(String create, String count, boolean idInList, boolean countWithContext) {
        this.create = create;
        this.count = count;
        this.idInList = idInList;
        this.countWithContext = countWithContext;
    }

    @Override
    public void create(OdooClient client, ObjectNode context, long configId) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(configId);
        client.callKw("pos.config", create, args, withContext(context), OdooClient.CALL_TIMEOUT);
    }

    @Override
    public void open(OdooClient client, ObjectNode context, boolean cashControl, long sessionId, BigDecimal cash,
                     String note) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        if (idInList) {
            args.addArray().add(sessionId);
        } else {
            args.add(sessionId);
        }
        // Without cash control the server keeps no opening cash; the web POS still sends 0 and the notes.
        args.add(cashControl ? cash : BigDecimal.ZERO).add(note == null ? "" : note);
        client.callKw("pos.session", count, args, countWithContext ? withContext(context)
                : JsonRpcClient.MAPPER.createObjectNode(), OdooClient.CALL_TIMEOUT);
    }

    static ObjectNode withContext(ObjectNode context) {
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.set("context", context);
        return kwargs;
    }
}
