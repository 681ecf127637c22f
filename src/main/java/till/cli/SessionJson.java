package till.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import till.session.CashMove;
import java.util.Optional;
import till.session.OpeningOutcome;
import till.session.ServerSession;
import till.session.SessionFigures;
import till.session.UnsentOrder;
import till.session.ZReport;

/**
 * The JSON of {@code till session status --json} and {@code till session close --json}, with the keys of
 * docs/closing.md. Amounts are JSON numbers as the store sums them. Stateless.
 */
final class SessionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionJson() {
    }

    /**
     * {@code status}: the session, its figures and unsent orders; {@code server_error} when it was not read;
     * {@code current_session}: the configuration's session open on the server now (null when none is).
     */
    static String status(String name, String state, SessionFigures figures, String serverError,
                         Optional<ServerSession> current) {
        ObjectNode root = session(name, state, figures);
        root.put("server_error", serverError);
        if (current.isPresent()) {
            serverSession(root.putObject("current_session"), current.get());
        } else {
            root.putNull("current_session");
        }
        return root.toPrettyString();
    }

    /** {@code open} done: the session as the server has it now, the opening cash counted against the expected. */
    static String opened(OpeningOutcome.Opened opened, boolean tillSellsOnIt) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("opened", true);
        serverSession(root.putObject("session"), opened.session());
        root.putObject("cash").put("expected", opened.expected()).put("counted", opened.counted())
                .put("difference", opened.difference());
        root.put("note", opened.note());
        root.put("till_sells_on_it", tillSellsOnIt);
        return root.toPrettyString();
    }

    /** {@code open} refused (exit 5): the session that is already open. */
    static String alreadyOpen(ServerSession session) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("opened", false);
        serverSession(root.putObject("session"), session);
        return root.toPrettyString();
    }

    private static void serverSession(ObjectNode node, ServerSession session) {
        node.put("id", session.id()).put("name", session.name()).put("state", session.state())
                .put("opening_cash", session.openingCash());
    }

    /** {@code close} refused: {@code closed: false} and the orders not confirmed by the server. */
    static String refused(long sessionId, List<UnsentOrder> unsent) {
        return refused(sessionId, unsent, List.of());
    }

    /** {@code close} refused: also {@code unsent_cash_moves}, the cash moves not confirmed by the server. */
    static String refused(long sessionId, List<UnsentOrder> unsent, List<CashMove> unsentMoves) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("closed", false);
        root.putObject("session").put("id", sessionId);
        root.set("unsent", unsent(unsent));
        ArrayNode moves = root.putArray("unsent_cash_moves");
        unsentMoves.forEach(m -> cashMove(moves.addObject(), m));
        return root.toPrettyString();
    }

    /** One cash move's keys: {@code ref, at, type, amount, reason, state, last_error}. */
    static ObjectNode cashMove(ObjectNode node, CashMove move) {
        return node.put("ref", move.ref()).put("at", move.at().toString()).put("type", move.direction().word())
                .put("amount", move.amount()).put("reason", move.reason()).put("state", move.state().word())
                .put("last_error", move.lastError());
    }

    /** {@code close} done: the Z report. */
    static String closed(ZReport report) {
        ObjectNode root = session(report.sessionName(), "closed", report.figures());
        root.put("closed", true);
        root.put("closed_at", report.closedAt().toString());
        ObjectNode cash = (ObjectNode) root.get("cash");
        cash.put("counted", report.countedCash());
        cash.put("difference", report.difference());
        root.put("note", report.note());
        root.put("override_reason", report.overrideReason());
        return root.toPrettyString();
    }

    private static ObjectNode session(String name, String state, SessionFigures figures) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("session").put("id", figures.sessionId()).put("name", name).put("state", state);
        root.put("orders", figures.orderCount());
        root.put("total", figures.total());
        root.put("refunds", figures.refunds());
        root.put("refund_total", figures.refundTotal());
        ArrayNode methods = root.putArray("methods");
        figures.methods().forEach(m -> methods.addObject().put("id", m.methodId()).put("name", m.name())
                .put("cash", m.cash()).put("expected", m.expected()));
        ArrayNode taxes = root.putArray("taxes");
        figures.taxes().forEach(t -> taxes.addObject().put("id", t.taxId()).put("name", t.name())
                .put("amount", t.amount()));
        root.putObject("cash").put("opening", figures.openingCash()).put("expected", figures.expectedCash());
        ArrayNode moves = root.putArray("cash_moves");
        figures.cashMoves().forEach(m -> cashMove(moves.addObject(), m));
        ((ObjectNode) root.get("cash")).put("moves_net", figures.cashMovesNet());
        root.set("unsent", unsent(figures.unsent()));
        ArrayNode unsentMoves = root.putArray("unsent_cash_moves");
        figures.unsentCashMoves().forEach(m -> cashMove(unsentMoves.addObject(), m));
        return root;
    }

    private static ArrayNode unsent(List<UnsentOrder> unsent) {
        ArrayNode list = MAPPER.createArrayNode();
        unsent.forEach(u -> list.addObject().put("uid", u.uid()).put("name", u.name()).put("state", u.state().word())
                .put("amount", u.amount()).put("last_error", u.lastError()));
        return list;
    }
}
