package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The life of {@code pos.session} records: login numbers, closing, opening, and the rescue session that takes
 * orders sent for a closed session (Surprise 7). Thread-safe: every change holds the {@link DemoData} monitor.
 */
final class PosSessions {

    static final DateTimeFormatter ODOO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final String MODEL = "pos.session";
    private static final int CONFIG_ID = 1;

    private final DemoData data;
    private final Profile profile;
    private final Clock clock;

    PosSessions(DemoData data, Profile profile, Clock clock) {
        this.data = data;
        this.profile = profile;
        this.clock = clock;
    }

    String now() {
        return ODOO_TIME.format(clock.instant());
    }

    /** {@code pos.session.login}: the next login number of the session, as an int. */
    int login(int sessionId) {
        synchronized (data) {
            ObjectNode session = existing(sessionId);
            int number = session.path("login_number").asInt() + 1;
            session.put("login_number", number);
            return number;
        }
    }

    /**
     * 18's {@code pos.session.login}: the number comes from a sequence, as text, and the session's
     * {@code login_number} field stays as it was (v18 Surprise 5).
     */
    String loginFromSequence(int sessionId) {
        synchronized (data) {
            existing(sessionId);
            return Integer.toString(data.nextId("login_number"));
        }
    }

    /** 17's {@code _ensure_access_token}: the session's bus token, made when the POS first loads its data. */
    String ensureAccessToken(int sessionId) {
        synchronized (data) {
            ObjectNode session = existing(sessionId);
            if (!session.path("access_token").isTextual()) {
                session.put("access_token", java.util.UUID.randomUUID().toString().replace("-", ""));
            }
            return session.get("access_token").asText();
        }
    }

    /**
     * The session an 18 order lands in: its own when open, else the open session of the config, silently (v18
     * Surprise 3); with none open, the UserError the source raises.
     */
    ObjectNode openSessionFor(int sessionId) {
        synchronized (data) {
            ObjectNode session = existing(sessionId);
            if (!"closed".equals(session.path("state").asText())) {
                return session;
            }
            int open = current();
            if (open == 0) {
                throw OdooError.server("odoo.exceptions.UserError", "No open session available for this point of"
                        + " sale (" + data.live("pos.config", CONFIG_ID).path("name").asText() + ").");
            }
            return data.live(MODEL, open);
        }
    }

    /** Closes (and, in the demo, posts) a session; the config then has no current session. */
    void close(int sessionId) {
        synchronized (data) {
            ObjectNode session = existing(sessionId);
            session.put("state", "closed");
            session.put("stop_at", now());
            ObjectNode config = data.live("pos.config", CONFIG_ID);
            if (config.path("current_session_id").path(0).asInt() == sessionId) {
                config.put("current_session_id", false);
                config.put("current_session_state", false);
            }
        }
    }

    /** The open, non-rescue session of the shop, or 0. */
    int current() {
        synchronized (data) {
            return data.all(MODEL).stream()
                    .filter(s -> !s.path("rescue").asBoolean() && !"closed".equals(s.path("state").asText()))
                    .mapToInt(s -> s.get("id").asInt()).max().orElse(0);
        }
    }

    /** {@code pos.config.open_session_cb}: opens a new session unless one is open (15 with cash control: opening). */
    int open() {
        synchronized (data) {
            int open = current();
            if (open != 0) {
                return open;
            }
            boolean cashControl = data.live("pos.config", CONFIG_ID).path("cash_control").asBoolean();
            ObjectNode session = create(profile.countsOpeningCash() && cashControl ? "opening_control" : "opened", "");
            ObjectNode config = data.live("pos.config", CONFIG_ID);
            config.set("current_session_id", JsonRpc.NODES.arrayNode().add(session.get("id"))
                    .add(session.get("name")));
            config.put("current_session_state", session.get("state").asText());
            ((ArrayNode) config.withArray("session_ids")).insert(0, session.get("id").asInt());
            return session.get("id").asInt();
        }
    }

    /**
     * {@code set_cashbox_pos} (15, 17) and {@code set_opening_control} (18, 19): the opening cash and notes are
     * kept (the versions' {@code pos_session.py}: where the config has a cash method), the session is opened.
     */
    void setOpened(int sessionId, JsonNode cash, String notes) {
        synchronized (data) {
            ObjectNode session = existing(sessionId);
            if (cash.isNumber()) {
                // A Monetary field: Odoo answers a float, also for a count sent as an int.
                session.put("cash_register_balance_start", cash.asDouble());
            }
            session.put("opening_notes", notes);
            setOpened(sessionId);
        }
    }

    /** The session is opened with the opening cash it has (14's "Open Session", the demo's own opening). */
    void setOpened(int sessionId) {
        synchronized (data) {
            ObjectNode session = existing(sessionId);
            if (profile.namesSessionAtOpening() && "opening_control".equals(session.path("state").asText())) {
                session.put("name", data.live("pos.config", CONFIG_ID).path("name").asText() + "/"
                        + String.format("%05d", sessionId));
            }
            session.put("state", "opened");
            if (!session.path("start_at").isTextual()) {
                session.put("start_at", now());
            }
            ObjectNode config = data.live("pos.config", CONFIG_ID);
            if (config.path("current_session_id").path(0).asInt() == sessionId) {
                config.put("current_session_state", "opened");
            }
        }
    }

    /** The session an order for {@code sessionId} lands in: itself, or a rescue session when it is closed. */
    ObjectNode sessionForOrder(int sessionId) {
        synchronized (data) {
            ObjectNode session = existing(sessionId);
            if (!"closed".equals(session.path("state").asText())) {
                return session;
            }
            String suffix = " (RESCUE FOR " + session.get("name").asText() + ")";
            for (ObjectNode s : data.all(MODEL)) {
                if (s.path("rescue").asBoolean() && s.get("name").asText().endsWith(suffix)
                        && !"closed".equals(s.path("state").asText())) {
                    return data.live(MODEL, s.get("id").asInt());
                }
            }
            return create("opened", suffix);
        }
    }

    ObjectNode existing(int sessionId) {
        ObjectNode session = data.live(MODEL, sessionId);
        if (session == null) {
            throw OdooError.server("odoo.exceptions.MissingError", "Record does not exist or has been deleted.\n"
                    + "(Record: pos.session(" + sessionId + ",), User: 2)");
        }
        return session;
    }

    /**
     * The cash counted at the last closing of the shop, which a new session expects as its opening cash (the
     * versions' {@code pos.session.create}); empty when no closing counted any.
     */
    private java.util.Optional<JsonNode> lastCountedCash() {
        return data.all(MODEL).stream()
                .filter(s -> "closed".equals(s.path("state").asText()) && !s.path("rescue").asBoolean()
                        && s.path("cash_register_balance_end_real").isNumber())
                .max(java.util.Comparator.comparingInt(s -> s.get("id").asInt()))
                .map(s -> JsonRpc.NODES.numberNode(s.get("cash_register_balance_end_real").asDouble()));
    }

    private ObjectNode create(String state, String nameSuffix) {
        ObjectNode template = data.all(MODEL).get(0);
        int id = data.nextId(MODEL);
        String name = String.format("POS/%05d", id);
        ObjectNode session = template.deepCopy();
        session.put("id", id);
        session.put("name", profile.namesSessionAtOpening() && state.equals("opening_control") ? "/"
                : name + nameSuffix);
        lastCountedCash().ifPresent(cash -> session.set("cash_register_balance_start", cash));
        session.remove(java.util.List.of("cash_register_balance_end_real", "closing_notes", "opening_notes"));
        // 19 starts the session when the opening cash is counted (v19 111); older ones at creation.
        session.set("start_at", profile == Profile.V19 && state.equals("opening_control")
                ? JsonRpc.NODES.booleanNode(false) : JsonRpc.NODES.textNode(now()));
        session.put("stop_at", false);
        session.put("state", state);
        if (template.has("login_number")) {
            // 19's session has neither (its numbers come from the config's sequences).
            session.put("login_number", 0);
            session.put("sequence_number", 1);
        }
        session.put("rescue", !nameSuffix.isEmpty());
        if (template.has("cash_register_id")) {
            session.set("cash_register_id", JsonRpc.NODES.arrayNode().add(id).add(name));
        }
        if (template.has("access_token")) {
            // 17 makes the token when the POS loads its data; 18 when the session is created (111).
            session.set("access_token", profile.tokensSessionAtCreation()
                    ? JsonRpc.NODES.textNode(java.util.UUID.randomUUID().toString())
                    : JsonRpc.NODES.booleanNode(false));
        }
        session.putArray("order_ids");
        data.put(MODEL, session);
        return session;
    }
}
