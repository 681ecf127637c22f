package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import till.session.ClosingException;
import till.session.ClosingRequest;

/**
 * The close of the 15-18 web POS's closing popup (transcripts v15 100-102; 17 and 18 send the same three calls, from
 * their {@code ClosePosPopup}): with cash control {@code post_closing_cash_details [id] {counted_cash}}, then
 * {@code update_closing_control_state_session [id, notes]} (returns None), then
 * {@code close_session_from_ui [id, [[bank method, difference], ...]]} with the login's context. The first and the last
 * answer {@code {successful, message, redirect}}: {@code successful: false} is the server's refusal, in its words.
 * Stateless.
 */
final class ClosePopupCalls implements SessionCloseCalls {

    static final ClosePopupCalls INSTANCE = new ClosePopupCalls();

    /** Posting a session's entries takes seconds on a real server (1.6 s in v15 102); leave room. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private ClosePopupCalls() {
    }

    @Override
    public void close(OdooClient client, ObjectNode context, boolean cashControl, ClosingRequest request)
            throws OdooException, ClosingException {
        long id = request.sessionId();
        if (cashControl) {
            ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
            kwargs.put("counted_cash", request.countedCash());
            successful(client.callKw("pos.session", "post_closing_cash_details", args(id), kwargs,
                    OdooClient.CALL_TIMEOUT));
        }
        client.callKw("pos.session", "update_closing_control_state_session", args(id).add(request.note()),
                JsonRpcClient.MAPPER.createObjectNode(), OdooClient.CALL_TIMEOUT);
        ArrayNode pairs = JsonRpcClient.MAPPER.createArrayNode();
        request.bankMethodIds().forEach(m -> pairs.addArray().add(m).add(0));
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.set("context", context);
        successful(client.callKw("pos.session", "close_session_from_ui", args(id).add(pairs), kwargs,
                CLOSE_TIMEOUT));
    }

    /** The session id as a bare int, not a list (v15 100). */
    static ArrayNode args(long sessionId) {
        return JsonRpcClient.MAPPER.createArrayNode().add(sessionId);
    }

    static void successful(JsonNode answer) throws ClosingException {
        if (!answer.path("successful").asBoolean(false)) {
            String message = answer.path("message").asText("");
            throw new ClosingException(ClosingException.Kind.REFUSED, "The server did not close the session: "
                    + (message.isEmpty() ? "it gave no reason." : message), null);
        }
    }
}
