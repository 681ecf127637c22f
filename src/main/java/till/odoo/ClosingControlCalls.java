package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import till.session.ClosingRequest;

/**
 * Odoo 14's close, as its backend "Close" button does it (14's POS has no closing popup, transcript v14 100):
 * {@code action_pos_session_closing_control [[id]]} closes and posts a session without cash control in one call; with
 * cash control it only reaches {@code closing_control}, so the counted cash is written to the session's
 * {@code cash_register_balance_end_real} first and {@code action_pos_session_validate} posts it (14's
 * {@code pos_session.py}). A refusal is a UserError ("orders still in draft", "already closed"). Stateless.
 */
final class ClosingControlCalls implements SessionCloseCalls {

    static final ClosingControlCalls INSTANCE = new ClosingControlCalls();

    private ClosingControlCalls() {
    }

    @Override
    public void close(OdooClient client, ObjectNode context, boolean cashControl, ClosingRequest request)
            throws OdooException {
        if (cashControl) {
            ObjectNode values = JsonRpcClient.MAPPER.createObjectNode();
            values.put("cash_register_balance_end_real", request.countedCash());
            ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
            args.addArray().add(request.sessionId());
            args.add(values);
            client.callKw("pos.session", "write", args, kwargs(context), OdooClient.CALL_TIMEOUT);
        }
        client.callKw("pos.session", "action_pos_session_closing_control", ids(request), kwargs(context),
                ClosePopupCalls.CLOSE_TIMEOUT);
        if (cashControl) {
            client.callKw("pos.session", "action_pos_session_validate", ids(request), kwargs(context),
                    ClosePopupCalls.CLOSE_TIMEOUT);
        }
    }

    private static ArrayNode ids(ClosingRequest request) {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(request.sessionId());
        return args;
    }

    private static ObjectNode kwargs(ObjectNode context) {
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.set("context", context);
        return kwargs;
    }
}
