package till.odoo;

import java.util.List;

/**
 * Everything that differs between the Odoo version families Till speaks, in one place: the push channel's shape, how
 * the till logs in to its POS session, how it loads the catalog, how it builds, sends and accounts for orders, how it
 * finds an order on the server, and what Odoo does with an order of a closed session. Callers ask the profile; no
 * other code tests version numbers. A new family is a new constant with its own parts. Immutable.
 */
public enum VersionProfile {
    /** Odoo 14.0: poll items {@code {id, channel, message}}; {@code pos_longpolling} (itpp-labs) may be installed. */
    V14(14, Push.LONGPOLLING_WITH_CHANNEL, Parts.FOURTEEN),
    /** Odoo 15.0: poll items {@code {id, message: {type, payload}}}; no {@code pos_longpolling} exists for it. */
    V15(15, Push.LONGPOLLING, Parts.FIFTEEN),
    /**
     * Odoo 17.0: websocket bus on {@code pos_session-<id>-<token>}, {@code load_pos_data}, {@code create_from_ui}
     * with {@code date_order}, resends de-duplicated by content. 16 is not the same protocol (see {@link #of}).
     */
    V17(17, Push.WEBSOCKET, Parts.SEVENTEEN),
    /**
     * Odoo 18.0: websocket bus on the config's access token, {@code load_data}, {@code sync_from_ui} with flat
     * orders whose {@code uuid} is their identity; an order of a closed session lands in the open one.
     */
    V18(18, Push.WEBSOCKET, Parts.EIGHTEEN),
    /**
     * Odoo 19.0: as 18 on the wire (websocket bus on the config's token, {@code sync_from_ui} by uuid), but with a
     * device identifier instead of the login number, {@code load_data} as flat lists with products on their
     * templates, its own order fields and the change as a negative {@code amount_return} (decision 0190).
     */
    V19(19, Push.WEBSOCKET, Parts.NINETEEN);

    /** The majors Till speaks, for messages. */
    static final String SUPPORTED = "Till works with Odoo 14, 15, 17, 18 and 19.";

    /** How the server pushes to the till. */
    private enum Push { LONGPOLLING_WITH_CHANNEL, LONGPOLLING, WEBSOCKET }

    /** How a start of the till gets its number: {@code pos.session.login} (14-18), a device identifier (19). */
    @FunctionalInterface
    private interface TillNumber {
        int logIn(OdooClient client, PosSession session) throws OdooException;
    }

    /** The POS protocol parts of one family. */
    private record Parts(boolean taxHasIsBaseAffected, CatalogSource catalog, OrderProtocol orders,
                         OrderLookup lookup, String closedSessionFate, TillNumber number, RefundLines refunds) {

        private static final TillNumber SESSION_LOGIN = (client, session) -> client.loginToSession(session.id());
        private static final TillNumber DEVICE = (client, session) -> DeviceIdentifier.register(client,
                session.configId());
        private static final String SILENT_MOVE = " would file these orders silently into the open session of the"
                + " POS configuration.";

        private static final String RESCUE = "Odoo would put these orders into a rescue session.";
        static final Parts FOURTEEN = new Parts(false, SearchReadCatalog.INSTANCE,
                new CreateFromUiOrders(WebPos15Order::fourteen), OrderLookup.BY_REFERENCE, RESCUE, SESSION_LOGIN, RefundLines.NONE);
        static final Parts FIFTEEN = new Parts(true, SearchReadCatalog.INSTANCE,
                new CreateFromUiOrders(WebPos15Order::fifteen), OrderLookup.BY_REFERENCE, RESCUE, SESSION_LOGIN, RefundLines.BY_PLACE);
        static final Parts SEVENTEEN = new Parts(true, OneCallCatalog.LOAD_POS_DATA,
                new CreateFromUiOrders(WebPos17Order::build), OrderLookup.BY_REFERENCE, RESCUE, SESSION_LOGIN, RefundLines.BY_UUID);
        static final Parts EIGHTEEN = new Parts(true, OneCallCatalog.LOAD_DATA, SyncFromUiOrders.EIGHTEEN,
                OrderLookup.BY_UUID, "Odoo 18" + SILENT_MOVE, SESSION_LOGIN, RefundLines.BY_UUID);
        static final Parts NINETEEN = new Parts(true, TemplateCatalog.INSTANCE, SyncFromUiOrders.NINETEEN,
                OrderLookup.BY_UUID, "Odoo 19" + SILENT_MOVE, DEVICE, RefundLines.BY_UUID_MARKED);
    }

    private final int major;
    private final Push push;
    private final Parts parts;

    VersionProfile(int major, Push push, Parts parts) {
        this.major = major;
        this.push = push;
        this.parts = parts;
    }

    /**
     * The profile for a server's {@code version_info}, or a {@link OdooException.Kind#MISCONFIGURED} failure whose
     * words name the version found and the versions supported: 16 (its orders carry {@code creation_date}, which 17's
     * protocol replaced by {@code date_order}: decision 0056), anything else.
     */
    public static VersionProfile of(ServerVersion version) throws OdooException {
        for (VersionProfile p : values()) {
            if (p.major == version.major()) {
                return p;
            }
        }
        String found = "The server runs Odoo " + version.text();
        throw new OdooException(OdooException.Kind.MISCONFIGURED, switch (version.major()) {
            case 16 -> found + ", which Till does not support: Odoo 16 takes orders in another form than 17 (with"
                    + " creation_date, without date_order), so it cannot be spoken to as 17. " + SUPPORTED;
            default -> found + ", which Till does not support. " + SUPPORTED;
        });
    }

    public int major() {
        return major;
    }

    /** Long-poll items carry {@code channel} (14) or only {@code {id, message: {type, payload}}} (15). */
    public boolean pollItemHasChannel() {
        return push == Push.LONGPOLLING_WITH_CHANNEL;
    }

    /** Whether {@code /pos_longpolling/update} may exist (14 only); probe once, a 404 means it is absent. */
    public boolean mayHavePosLongpolling() {
        return push == Push.LONGPOLLING_WITH_CHANNEL;
    }

    /**
     * Whether the server pushes over the websocket bus ({@code /websocket}, 16+) instead of {@code /longpolling/poll},
     * which 16+ no longer have (transcripts v17/v18 905).
     */
    public boolean pushOverWebsocket() {
        return push == Push.WEBSOCKET;
    }

    /** {@code account.tax.is_base_affected} exists (15+); on 14 every tax is base-affected. */
    public boolean taxHasIsBaseAffected() {
        return parts.taxHasIsBaseAffected();
    }

    /**
     * {@code create_from_ui} arguments: {@code [orders, draft]} on 13-17 (14 and 15 also accept {@code [orders]},
     * transcripts 360; Till sends what the web POS sends). 18 has no {@code create_from_ui}.
     */
    public boolean createFromUiTakesDraft() {
        return major <= 17;
    }

    /** {@code create_from_ui} returns {@code [{id, pos_reference}]} in descending id order (14-17). */
    public boolean createFromUiReturnsReferences() {
        return major <= 17;
    }

    /** Error {@code data} carries {@code exception_type} (10, 12 only); on 14+ only name/message/arguments. */
    public boolean errorDataHasExceptionType() {
        return false;
    }

    /** 15's web POS order adds {@code to_ship} and the line keys {@code customer_note}, {@code price_manually_set}. */
    public boolean orderHasFifteenKeys() {
        return this == V15;
    }

    /** The fields the 14/15 web POS reads from {@code pos.payment.method} (17+ load them with the POS data). */
    public List<String> paymentMethodFields() {
        return this == V14 ? List.of("name", "is_cash_count", "use_payment_terminal")
                : List.of("name", "is_cash_count", "use_payment_terminal", "split_transactions", "type");
    }

    /**
     * Numbers this start of the till, the number every order uid of the start carries: {@code pos.session.login}'s
     * login number (14-17 answer an int, 18 a numeric string from a sequence, transcripts 205), or on 19, which has
     * no {@code pos.session.login}, a new device identifier of the POS configuration (v19 205). Blocks on the network.
     */
    public int logInToSession(OdooClient client, PosSession session) throws OdooException {
        return parts.number().logIn(client, session);
    }

    /**
     * Whether the POS configuration must have an invoice journal ({@code invoice_journal_id}) for the server to take
     * any order: 19's {@code _process_saved_order} refuses every order of a configuration without one (odoo-19.md).
     */
    public boolean needsInvoiceJournal() {
        return this == V19;
    }

    /** What Odoo does with an order sent for a closed session, for the words of a held order. */
    public String closedSessionFate() {
        return parts.closedSessionFate();
    }

    /** How this family's POS loads what the till sells with. */
    CatalogSource catalog() {
        return parts.catalog();
    }

    /** How this family's POS builds, sends and reads back paid orders. */
    OrderProtocol orders() {
        return parts.orders();
    }

    /**
     * How to find orders on the server by the identity this family de-duplicates on: {@code pos_reference} (14-17) or
     * {@code uuid} (18, 19). The hook for asking the server whether an order whose send had no answer arrived.
     */
    public OrderLookup lookup() {
        return parts.lookup();
    }

    /**
     * How this family books a cash in or out: 14's back-office wizard ({@link CashBoxWizardCalls}), the web POS's
     * {@code try_cash_in_out} of 15-18, or 19's with its partner argument ({@link TryCashInOutCalls}; decision 0210).
     */
    CashMoveCalls cashMoves() {
        return switch (this) {
            case V14 -> CashBoxWizardCalls.INSTANCE;
            case V19 -> TryCashInOutCalls.NINETEEN;
            default -> TryCashInOutCalls.FIFTEEN;
        };
    }

    /**
     * How this family links a refund line to the line it gives back and reads the original's lines (15+:
     * {@code refunded_orderline_id}, {@code refunded_qty}; 14: no link, decision 0225).
     */
    RefundLines refunds() {
        return parts.refunds();
    }

    /** Whether the server links refund lines to their originals and keeps refunded quantities (15+). */
    public boolean linksRefunds() {
        return parts.refunds().links();
    }

    /**
     * How this family's web POS closes its session: 14's backend button ({@link ClosingControlCalls}), the closing
     * popup's three calls of 15-18 ({@link ClosePopupCalls}), or 19's popup ({@link NineteenClosePopupCalls}).
     */
    SessionCloseCalls closing() {
        return switch (this) {
            case V14 -> ClosingControlCalls.INSTANCE;
            case V15, V17, V18 -> ClosePopupCalls.INSTANCE;
            case V19 -> NineteenClosePopupCalls.INSTANCE;
        };
    }

    /**
     * How this family opens a session with its opening cash: 14's backend ({@link BackendOpeningCalls}), or the
     * dashboard button and the opening popup of 15-19 ({@link OpeningControlCalls}, transcripts 110-112).
     */
    SessionOpenCalls opening() {
        return switch (this) {
            case V14 -> BackendOpeningCalls.INSTANCE;
            case V15 -> OpeningControlCalls.FIFTEEN;
            case V17 -> OpeningControlCalls.SEVENTEEN;
            case V18, V19 -> OpeningControlCalls.EIGHTEEN;
        };
    }

    /**
     * How this family's web POS searches the paid orders of its configuration: a plain {@code search_read} on 14,
     * which has no server order list; {@code search_paid_order_ids} then {@code export_for_ui} on 15 and 17, then
     * {@code read} on 18 and 19 ({@link PaidOrderIdsSearch}).
     */
    OrderSearch orderSearch() {
        return switch (this) {
            case V14 -> SearchReadOrders.INSTANCE;
            case V15, V17 -> PaidOrderIdsSearch.EXPORT_FOR_UI;
            case V18, V19 -> PaidOrderIdsSearch.READ;
        };
    }
}
