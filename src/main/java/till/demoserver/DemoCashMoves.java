package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Cash in and out as each version books them: 15-19's {@code pos.session.try_cash_in_out} (19 with a partner before
 * the extras), 14's back-office {@code cash.box.out} wizard ({@code create} then {@code run} with the session in the
 * context). Each writes an {@code account.bank.statement.line} whose {@code payment_ref} is the reason (14, 15, which
 * book through the wizard) or "session name-type-reason" (16+), and which the till finds again with
 * {@code search_read}. On 14 and 15 a closed session's cash register is confirmed, and the wizard refuses; 16+ book
 * the line whatever the session's state, as their {@code try_cash_in_out} does. The session's
 * {@code cash_register_total_entry_encoding} and {@code cash_register_balance_end} take the move, as the server's
 * expected cash does. The lost answer after the commit is the {@link FaultKind#ANSWER_LOST} fault on
 * {@code /web/dataset/call_kw/pos.session/try_cash_in_out} (14: {@code .../cash.box.out/run}). Thread-safe: every
 * change holds the {@link DemoData} monitor.
 */
final class DemoCashMoves {

    static final String LINES = "account.bank.statement.line";
    static final String CONFIRMED_STATEMENT = "You cannot put/take money in/out for a bank statement which is closed.";

    private final DemoData data;
    private final PosSessions sessions;
    private final Profile profile;
    /** 14's wizards between {@code create} and {@code run}, by id; guarded by the data monitor. */
    private final Map<Integer, ObjectNode> wizards = new HashMap<>();

    DemoCashMoves(DemoData data, PosSessions sessions, Profile profile) {
        this.data = data;
        this.sessions = sessions;
        this.profile = profile;
    }

    /** Whether {@code model.method} books a cash move on this profile. */
    boolean handles(String model, String method) {
        if (profile == Profile.V14) {
            return model.equals("cash.box.out") && (method.equals("create") || method.equals("run"));
        }
        return model.equals("pos.session") && method.equals("try_cash_in_out");
    }

    /** Answers a cash-move call; a null result is Python's None. */
    JsonNode call(String model, String method, JsonNode args, JsonNode kwargs) {
        synchronized (data) {
            if (model.equals("pos.session")) {
                return tryCashInOut(args);
            }
            return method.equals("create") ? createWizard(args.path(0), kwargs.path("context"))
                    : runWizard(args.path(0).path(0).asInt());
        }
    }

    private JsonNode tryCashInOut(JsonNode args) {
        int id = args.path(0).isArray() ? args.path(0).path(0).asInt() : args.path(0).asInt();
        String type = args.path(1).asText();
        BigDecimal amount = args.path(2).decimalValue();
        String reason = args.path(3).asText("");
        JsonNode extras = args.path(profile == Profile.V19 ? 5 : 4);
        ObjectNode session = sessions.existing(id);
        BigDecimal signed = type.equals("in") ? amount : amount.negate();
        if (profile == Profile.V15) {
            book(session, signed, reason);
        } else {
            book(session, signed, String.join("-", session.path("name").asText(),
                    extras.path("translatedType").asText(type), reason));
        }
        return null;
    }

    private JsonNode createWizard(JsonNode values, JsonNode context) {
        int id = data.nextId("cash.box.out");
        ObjectNode wizard = values.deepCopy();
        wizard.set("context", context.deepCopy());
        wizards.put(id, wizard);
        return IntNode.valueOf(id);
    }

    private JsonNode runWizard(int id) {
        ObjectNode wizard = wizards.remove(id);
        if (wizard == null) {
            throw OdooError.server("odoo.exceptions.MissingError", "Record does not exist or has been deleted.");
        }
        JsonNode context = wizard.path("context");
        if (!"pos.session".equals(context.path("active_model").asText())) {
            throw OdooError.server("odoo.exceptions.UserError", "Please check that the field 'Journal' is set on the"
                    + " Bank Statement");
        }
        ObjectNode session = sessions.existing(context.path("active_ids").path(0).asInt());
        book(session, wizard.path("amount").decimalValue(), wizard.path("name").asText(""));
        return JsonRpc.NODES.objectNode().put("type", "ir.actions.act_window_close");
    }

    /** Writes the statement line; 14 and 15 refuse a closed session's (confirmed) cash register. */
    private void book(ObjectNode session, BigDecimal signed, String paymentRef) {
        boolean closed = "closed".equals(session.path("state").asText());
        if (closed && (profile == Profile.V14 || profile == Profile.V15)) {
            throw OdooError.server("odoo.exceptions.UserError", CONFIRMED_STATEMENT);
        }
        ObjectNode line = JsonRpc.NODES.objectNode();
        line.put("id", data.nextId(LINES));
        line.putArray("pos_session_id").add(session.get("id")).add(session.get("name"));
        line.put("amount", signed);
        line.put("payment_ref", paymentRef);
        line.put("date", sessions.now().substring(0, 10));
        data.put(LINES, line);
        BigDecimal start = session.path("cash_register_balance_start").decimalValue();
        BigDecimal moves = session.path("cash_register_total_entry_encoding").decimalValue().add(signed);
        session.put("cash_register_total_entry_encoding", moves);
        session.put("cash_register_balance_end", start.add(moves));
    }
}
