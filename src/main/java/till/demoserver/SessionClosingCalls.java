package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * The calls that close a {@code pos.session}, as each version (14-19) answers them: 14's backend button
 * ({@code action_pos_session_closing_control}, then {@code action_pos_session_validate} with cash control; refusals
 * are UserErrors), and the 15-18 closing popup ({@code post_closing_cash_details},
 * {@code update_closing_control_state_session}, {@code close_session_from_ui}; refusals come back as
 * {@code {successful: false, message, redirect}}, transcripts v15 100-102 and the versions' {@code pos_session.py}).
 * The {@link FaultKind#CLOSING_REFUSED} fault plays a server that will not close (e.g. unposted entries), in its words.
 * Thread-safe: every change holds the {@link DemoData} monitor.
 */
final class SessionClosingCalls {

    static final String ALREADY_CLOSED = "This session is already closed.";
    private static final Set<String> METHODS = Set.of("action_pos_session_closing_control",
            "action_pos_session_validate", "post_closing_cash_details", "update_closing_control_state_session",
            "close_session_from_ui");

    private final DemoData data;
    private final PosSessions sessions;
    private final Faults faults;

    SessionClosingCalls(DemoData data, PosSessions sessions, Faults faults) {
        this.data = data;
        this.sessions = sessions;
        this.faults = faults;
    }

    /** Whether {@code pos.session.<method>} is one of the closing calls. */
    static boolean handles(String method) {
        return METHODS.contains(method);
    }

    /** Answers a closing call on session {@code id}; a null result is Python's None. */
    JsonNode call(String method, int id, JsonNode args, JsonNode kwargs) {
        synchronized (data) {
            return switch (method) {
                case "action_pos_session_closing_control" -> closingControl(id);
                case "action_pos_session_validate" -> validate(id);
                case "post_closing_cash_details" -> postClosingCash(id, kwargs.path("counted_cash"));
                case "update_closing_control_state_session" -> updateClosingControl(id, args.path(1).asText(""));
                case "close_session_from_ui" -> closeFromUi(id);
                default -> throw new IllegalArgumentException("not a closing call: " + method);
            };
        }
    }

    /** 14: a UserError when refused or closed; without cash control the session is closed and posted at once. */
    private JsonNode closingControl(int id) {
        refusal().ifPresent(message -> {
            throw OdooError.server("odoo.exceptions.UserError", message);
        });
        ObjectNode session = sessions.existing(id);
        if ("closed".equals(session.path("state").asText())) {
            throw OdooError.server("odoo.exceptions.UserError", ALREADY_CLOSED);
        }
        if (data.live("pos.config", 1).path("cash_control").asBoolean()) {
            session.put("state", "closing_control");
            session.put("stop_at", sessions.now());
        } else {
            sessions.close(id);
        }
        return BooleanNode.TRUE;
    }

    private JsonNode validate(int id) {
        sessions.close(id);
        return BooleanNode.TRUE;
    }

    private JsonNode postClosingCash(int id, JsonNode counted) {
        ObjectNode session = sessions.existing(id);
        if ("closed".equals(session.path("state").asText())) {
            return refused(ALREADY_CLOSED, true);
        }
        session.set("cash_register_balance_end_real", counted);
        return JsonRpc.NODES.objectNode().put("successful", true);
    }

    /** Returns None (the answer has no {@code result} key, v15 101). */
    private JsonNode updateClosingControl(int id, String notes) {
        ObjectNode session = sessions.existing(id);
        if ("closed".equals(session.path("state").asText())) {
            throw OdooError.server("odoo.exceptions.UserError", ALREADY_CLOSED);
        }
        session.put("state", "closing_control");
        session.put("stop_at", sessions.now());
        session.put("closing_notes", notes);
        return null;
    }

    private JsonNode closeFromUi(int id) {
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refused(refusal.get(), false);
        }
        if ("closed".equals(sessions.existing(id).path("state").asText())) {
            return refused(ALREADY_CLOSED, true);
        }
        sessions.close(id);
        return JsonRpc.NODES.objectNode().put("successful", true);
    }

    private Optional<String> refusal() {
        return faults.get(FaultKind.CLOSING_REFUSED).map(Fault::value);
    }

    private static JsonNode refused(String message, boolean redirect) {
        return JsonRpc.NODES.objectNode().put("successful", false).put("message", message).put("redirect", redirect);
    }
}
