package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import till.session.CashMove;

/**
 * The cash in/out of the 15-19 web POS's cash-move popup: {@code pos.session.try_cash_in_out [[id], type, amount,
 * reason, extras]} with {@code extras {formattedAmount, translatedType}} (15, 17, 18; read in each version's
 * {@code pos_session.py} and popup), and on 19 with the partner before the extras
 * ({@code [[id], type, amount, reason, partner_id, extras]}, odoo-19.md), {@code false} when none. 15 books it
 * through its {@code cash.box.out} wizard ({@code payment_ref} = the reason), 16+ create the statement line
 * themselves ({@code payment_ref} = "session name-type-reason"). The answer is None. Stateless.
 */
final class TryCashInOutCalls implements CashMoveCalls {

    static final TryCashInOutCalls FIFTEEN = new TryCashInOutCalls(false);
    static final TryCashInOutCalls NINETEEN = new TryCashInOutCalls(true);

    private final boolean partnerArgument;

    private TryCashInOutCalls(boolean partnerArgument) {
        this.partnerArgument = partnerArgument;
    }

    @Override
    public void send(OdooClient client, ObjectNode context, CashMove move) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(move.sessionId());
        args.add(move.direction().word());
        args.add(move.amount());
        args.add(move.reasonWithRef());
        if (partnerArgument) {
            args.add(false);
        }
        // The web POS formats the amount with the currency's symbol; the till sends the plain amount (it only
        // goes into the session's chatter message).
        args.addObject().put("formattedAmount", move.amount().toPlainString())
                .put("translatedType", move.direction().word());
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.set("context", context);
        client.callKw("pos.session", "try_cash_in_out", args, kwargs, OdooClient.CALL_TIMEOUT);
    }
}
