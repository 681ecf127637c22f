package till.demoserver;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The Odoo version the demo server imitates; it holds everything the recorded versions do differently on the wire,
 * so that the routes ask it instead of testing version numbers. The order intake of each version is its own class,
 * chosen here. Immutable.
 */
public enum Profile {
    /** Odoo 14.0 with the itpp-labs {@code pos_longpolling} module. */
    V14(14),
    /** Odoo 15.0 (no {@code pos_longpolling}, {@code /longpolling/health} exists). */
    V15(15),
    /** Odoo 17.0: websocket bus, {@code load_pos_data}, {@code create_from_ui} de-duplicated by content. */
    V17(17),
    /** Odoo 18.0: websocket bus, {@code load_data}, {@code sync_from_ui} with the order's uuid as its identity. */
    V18(18),
    /**
     * Odoo 19.0: as 18 on the wire, with device identifiers instead of logins, a flat {@code load_data}, the 19
     * order fields, the change booked with the sign sent, and a unique constraint on the order's uuid.
     */
    V19(19);

    /**
     * What the embedded demo server and {@code till demo-server} imitate by default: 18 (19 is spoken too, with
     * {@code --profile 19}).
     */
    public static final Profile NEWEST = V18;

    /** The session methods of the POS of 13-15: opening by button, closing by the 15 close popup. */
    private static final Set<String> LONGPOLL_SESSION_METHODS = Set.of("pos.config.open_session_cb",
            "pos.session.login", "pos.session.action_pos_session_closing_control",
            "pos.session.post_closing_cash_details", "pos.session.close_session_from_ui",
            "pos.session.update_closing_control_state_session", "pos.session.set_cashbox_pos",
            "pos.session.action_pos_session_validate", "pos.session.action_pos_session_open");

    /** The calls of the 16-19 closing popup, the same three as 15's ({@code ClosePosPopup.closeSession}). */
    private static final Set<String> CLOSE_POPUP_METHODS = Set.of("pos.session.post_closing_cash_details",
            "pos.session.update_closing_control_state_session", "pos.session.close_session_from_ui");

    private final int major;

    Profile(int major) {
        this.major = major;
    }

    /** Parses {@code 14}, {@code 15}, {@code 17}, {@code 18} or {@code 19} (also {@code 14.0}, {@code v15}). */
    public static Profile parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceFirst("^v", "").replaceFirst("\\.0$", "");
        for (Profile p : values()) {
            if (t.equals(Integer.toString(p.major))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile " + text + " (use 14 or 15, or 17, 18 or 19)");
    }

    public int major() {
        return major;
    }

    public String serverVersion() {
        return major + ".0";
    }

    /** 14 only: bus items carry their channel, {@code /longpolling/send} and {@code pos_longpolling} exist. */
    boolean hasLegacyBus() {
        return this == V14;
    }

    /** 14 and 15: {@code /longpolling/poll}; from 16 the route is gone (an HTML 404, v17/v18 905). */
    boolean hasLongpolling() {
        return major <= 15;
    }

    /** 17, 18 and 19: {@code GET /websocket} upgrades, {@code /websocket/peek_notifications} answers. */
    boolean hasWebsocket() {
        return major >= 16;
    }

    /** The health route that answers {@code {"status": "pass"}} without a cookie, or null (14 has none). */
    String healthRoute() {
        return switch (this) {
            case V14 -> null;
            case V15 -> "/longpolling/health";
            case V17, V18, V19 -> "/websocket/health";
        };
    }

    /** 14/15 write JSON answers as {@code application/json}; 17/18 add the charset. */
    String jsonContentType() {
        return major <= 15 ? Reply.JSON : Reply.JSON + "; charset=utf-8";
    }

    /**
     * 14/15 set the session cookie on every answer and hand out a new id with "Session expired" (Surprise 1); 17/18
     * set it only when the session was created or changed (v17 Surprise 4).
     */
    boolean cookieOnEveryAnswer() {
        return major <= 15;
    }

    /** 17/18 raise "Session expired" before reading the body, so the answer's {@code id} is null (070). */
    boolean expiredWithoutId() {
        return major >= 16;
    }

    /** 14/15 answer an unknown JSON route with a JSON-RPC 404; 17/18 with the HTML 404 page (900). */
    boolean htmlNotFound() {
        return major >= 16;
    }

    /** A websocket with an unknown session cookie: 17 keeps the made-up id (541), 18 hands out a new one. */
    boolean websocketKeepsUnknownCookie() {
        return this == V17;
    }

    /** How long the {@code session_id} cookie lives: 90 days up to 15, 7 days from 16 ({@code SESSION_LIFETIME}). */
    long cookieMaxAge() {
        return major <= 15 ? 7_776_000 : 604_800;
    }

    /** {@code call_kw} on a model that does not exist: KeyError up to 17, a NotFound with no id on 18 (910). */
    OdooError unknownModel(String model) {
        return major >= 18 ? OdooError.notFoundInBody() : OdooError.server("builtins.KeyError", model);
    }

    /** A method the version does not have (18's answer to create_from_ui, 360). */
    OdooError unknownMethod(String model, String method) {
        return major <= 15
                ? OdooError.server("builtins.AttributeError", "type object '" + model + "' has no attribute '"
                        + method + "'")
                : OdooError.server("builtins.AttributeError", "The method '" + model + "." + method
                        + "' does not exist");
    }

    /** Login to another database: 14/15 fail in PostgreSQL, 17/18 check the db filter first (040). */
    OdooError unknownDatabase(String db) {
        return major <= 15 ? OdooError.unknownDatabase(db)
                : OdooError.server("odoo.exceptions.AccessError", "Database not found.");
    }

    /**
     * The misleading message PostgreSQL's foreign-key error becomes (Surprise 5); 18 puts it on two lines; 19 words
     * it again and names the field (v19 330).
     */
    String foreignKeyMessage(String model, String constraint) {
        if (this == V19) {
            String table = model.substring(0, model.indexOf(" ("));
            String field = constraint.replaceFirst("^pos_(order_line|payment)_", "").replaceFirst("_fkey$", "");
            String label = switch (field) {
                case "product_id" -> "Product";
                case "refunded_orderline_id" -> "Refunded Order Line";
                default -> "Payment Method";
            };
            return "The operation cannot be completed: Another model is using the record you are trying to delete."
                    + "\n\nThe troublemaker is: '" + table + "' " + model.substring(model.indexOf(" (") + 1)
                    + "\nThanks to the following constraint: '" + label + "' (" + field + ")\nHow about archiving the"
                    + " record instead?";
        }
        String head = "The operation cannot be completed: another model requires the record being deleted. If"
                + " possible, archive it instead.\n\nModel: " + model;
        return this == V18 ? head + "\nConstraint: " + constraint + "\n" : head + ", Constraint: " + constraint;
    }

    /**
     * A session opened on a config with cash control waits in {@code opening_control} for the cash count: 15+ in the
     * POS's opening popup, 14 in its backend ("Set Opening Balance", then "Open Session"); without cash control 14
     * opens it at once (v14 110/111).
     */
    boolean countsOpeningCash() {
        return true;
    }

    /** 19 names a session when its cash is counted: {@code "/"} until then (v19 111), then from a sequence (113). */
    boolean namesSessionAtOpening() {
        return this == V19;
    }

    /** 18 and 19 give a new session its bus token at creation (111); 17 only when the POS loads its data. */
    boolean tokensSessionAtCreation() {
        return major >= 18;
    }

    /** 18's and 19's POS listen on the bare pos.config access token; 17's on {@code pos_session-<id>-<token>}. */
    boolean busOnConfigToken() {
        return major >= 18;
    }

    /** 18's {@code pos.session.login} answers a string from a sequence (v18 Surprise 5); the others an int. */
    boolean loginAsText() {
        return this == V18;
    }

    /** Where {@code open_ui} sends the browser (110). */
    String posUiUrl(int configId) {
        if (this == V19) {
            return "/pos/ui/" + configId + "?from_backend=True";
        }
        return "/pos/ui?config_id=" + configId + (this == V18 ? "&from_backend=True" : "");
    }

    /** Whether a POS method ({@code model.method}) exists in this version. */
    boolean hasPosMethod(String key) {
        return switch (this) {
            case V14, V15 -> LONGPOLL_SESSION_METHODS.contains(key) || key.equals("pos.order.create_from_ui");
            case V17 -> CLOSE_POPUP_METHODS.contains(key) || Set.of("pos.config.open_ui",
                    "pos.session.set_cashbox_pos", "pos.session.login", "pos.session.load_pos_data",
                    "pos.session.get_pos_ui_product_product_by_params", "pos.order.create_from_ui").contains(key);
            case V18 -> CLOSE_POPUP_METHODS.contains(key) || Set.of("pos.config.open_ui",
                    "pos.session.set_opening_control", "pos.session.login", "pos.session.load_data",
                    "pos.order.sync_from_ui").contains(key);
            case V19 -> CLOSE_POPUP_METHODS.contains(key) || Set.of("pos.config.open_ui",
                    "pos.session.set_opening_control", "pos.config.register_new_device_identifier",
                    "pos.session.load_data", "pos.session.filter_local_data", "pos.order.sync_from_ui")
                    .contains(key);
        };
    }

    /** The order intake of this version: how orders are checked, stored, answered and de-duplicated. */
    OrderSync orders(DemoData data, PosSessions sessions, Faults faults, Bus bus) {
        Commits commits = new Commits(data, faults, this);
        return switch (this) {
            case V14, V15 -> new OrderIntake(data, sessions, faults, this, commits);
            case V17 -> new ContentDedupOrders(data, sessions, faults, this, commits);
            case V18 -> new UuidSyncOrders(data, sessions, faults, this, bus, commits);
            case V19 -> new NineteenSyncOrders(data, sessions, faults, this, bus, commits);
        };
    }

    /** Whether an order's identity is its uuid (18, 19) rather than its name ({@code pos_reference}). */
    boolean ordersByUuid() {
        return major >= 18;
    }

    /**
     * 19 books the change payment with the sign {@code amount_return} was sent with (negative from its POS); up to
     * 18 the server books {@code -amount_return} (odoo-19.md, v19 300 and 303).
     */
    boolean booksChangeAsSent() {
        return this == V19;
    }

    /** 19's answer to an error: JSON-RPC {@code code} 0 where 14-18 say 200 (v19 330, 365). */
    int serverErrorCode() {
        return this == V19 ? 0 : 200;
    }

    /**
     * The silence after which the server pings a websocket, given the configured idle (Odoo up to 18: 45 s): 19 pings
     * after 40 s (the select loop wakes every 15 s, so 40-55 s; v19 Surprise 5), so 40/45 of it.
     */
    Duration pingAfter(Duration idle) {
        return this == V19 ? idle.multipliedBy(40).dividedBy(45) : idle;
    }

    /** How long an unanswered ping is waited for before TCP is dropped: the idle up to 18, 15 s of 45 on 19 (505). */
    Duration pongWait(Duration idle) {
        return this == V19 ? idle.dividedBy(3) : idle;
    }

    String seedResource() {
        return "seed-" + major + ".json";
    }
}
