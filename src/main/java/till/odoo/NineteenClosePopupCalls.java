package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import till.session.ClosingException;
import till.session.ClosingRequest;

/**
 * Odoo 19's close, as its {@code ClosePosPopup.closeSession} does it: the same three calls as 15-18 (with cash
 * control {@code post_closing_cash_details [id] {counted_cash}}, {@code update_closing_control_state_session [id,
 * notes]}, {@code close_session_from_ui [id, [[bank method, difference], ...]]}), where 19 differs: the popup goes
 * on when the second call says "This session is already closed." (the third then answers for the session), the
 * refusal of {@code close_session_from_ui} carries a {@code title} beside its {@code message}, and the context of the
 * close names the device whose own {@code CLOSING_SESSION} notification the server skips; Till sends the login's
 * context without a device identifier (its push channel ignores that notification), so the server notifies every
 * device. Stateless.
 */
final class NineteenClosePopupCalls implements SessionCloseCalls {

    static final NineteenClosePopupCalls INSTANCE = new NineteenClosePopupCalls();

    private NineteenClosePopupCalls() {
    }

    @Override
    public void close(OdooClient client, ObjectNode context, boolean cashControl, ClosingRequest request)
            throws OdooException, ClosingException {
        long id = request.sessionId();
        if (cashControl) {
            ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
            kwargs.put("counted_cash", request.countedCash());
            refusal(client.callKw("pos.session", "post_closing_cash_details", ClosePopupCalls.args(id), kwargs,
                    OdooClient.CALL_TIMEOUT));
        }
        try {
            client.callKw("pos.session", "update_closing_control_state_session", ClosePopupCalls.args(id)
                    .add(request.note()), JsonRpcClient.MAPPER.createObjectNode(), OdooClient.CALL_TIMEOUT);
        } catch (OdooException e) {
            if (!e.serverMessage().orElse("").contains("This session is already closed.")) {
                throw e;
            }
        }
        ArrayNode pairs = JsonRpcClient.MAPPER.createArrayNode();
        request.bankMethodIds().forEach(m -> pairs.addArray().add(m).add(0));
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.set("context", context);
        refusal(client.callKw("pos.session", "close_session_from_ui", ClosePopupCalls.args(id).add(pairs), kwargs,
                ClosePopupCalls.CLOSE_TIMEOUT));
    }

    /** {@code {successful: false, title, message}}: the server's words, its title first when it gave one. */
    private static void refusal(JsonNode answer) throws ClosingException {
        String title = answer.path("title").asText("");
        if (answer.path("successful").asBoolean(false) || title.isEmpty()) {
            ClosePopupCalls.successful(answer);
            return;
        }
        throw new ClosingException(ClosingException.Kind.REFUSED, "The server did not close the session: " + title
                + ": " + answer.path("message").asText(""), null);
    }
}
