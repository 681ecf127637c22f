package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import till.session.CashMove;

/**
 * Odoo 14's cash in/out, which its web POS does not offer: the back office's "Cash In/Out" button on the session,
 * the {@code cash.box.out} wizard ({@code point_of_sale/wizard/pos_box.py}): {@code create [{name, amount}]} with a
 * signed amount and the context {@code {active_model: 'pos.session', active_ids: [id]}}, then {@code run [[wizard]]}
 * with the same context, which writes an {@code account.bank.statement.line} ({@code payment_ref} = the name) into
 * the session's cash register (decision 0210). Only {@code run} books anything. Stateless.
 */
final class CashBoxWizardCalls implements CashMoveCalls {

    static final CashBoxWizardCalls INSTANCE = new CashBoxWizardCalls();

    private CashBoxWizardCalls() {
    }

    @Override
    public void send(OdooClient client, ObjectNode context, CashMove move) throws OdooException {
        ObjectNode wizardContext = context.deepCopy();
        wizardContext.put("active_model", "pos.session");
        wizardContext.putArray("active_ids").add(move.sessionId());
        wizardContext.put("active_id", move.sessionId());
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.set("context", wizardContext);
        ArrayNode create = JsonRpcClient.MAPPER.createArrayNode();
        create.addObject().put("name", move.reasonWithRef()).put("amount", move.signedAmount());
        JsonNode wizard = client.callKw("cash.box.out", "create", create, kwargs, OdooClient.CALL_TIMEOUT);
        long id = wizard.isArray() ? wizard.path(0).asLong() : wizard.asLong();
        ArrayNode run = JsonRpcClient.MAPPER.createArrayNode();
        run.addArray().add(id);
        client.callKw("cash.box.out", "run", run, kwargs, OdooClient.CALL_TIMEOUT);
    }
}
