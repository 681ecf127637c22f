package till.odoo;

/**
 * What differs between the Odoo versions Till speaks: poll items, {@code create_from_ui}, error data, the open
 * session domain, the tax and payment method fields, and whether {@code /pos_longpolling/update} may exist. Immutable.
 */
public enum VersionProfile {
    /** Odoo 14.0: poll items {@code {id, channel, message}}; {@code pos_longpolling} (itpp-labs) may be installed. */
    V14(14, true, true, false, false),
    /** Odoo 15.0: poll items {@code {id, message: {type, payload}}}; no {@code pos_longpolling} exists for it. */
    V15(15, false, false, true, true);

    private final int major;
    private final boolean pollItemHasChannel;
    private final boolean mayHavePosLongpolling;
    private final boolean taxHasIsBaseAffected;
    private final boolean fifteenFields;

    VersionProfile(int major, boolean pollItemHasChannel, boolean mayHavePosLongpolling,
                   boolean taxHasIsBaseAffected, boolean fifteenFields) {
        this.major = major;
        this.pollItemHasChannel = pollItemHasChannel;
        this.mayHavePosLongpolling = mayHavePosLongpolling;
        this.taxHasIsBaseAffected = taxHasIsBaseAffected;
        this.fifteenFields = fifteenFields;
    }

    /**
     * The profile for a server, or a {@link OdooException.Kind#MISCONFIGURED} failure saying in words why Till
     * cannot work with it (16 and 17 are recognised but not supported yet; before 14 is not supported).
     */
    public static VersionProfile of(ServerVersion version) throws OdooException {
        int major = version.major();
        for (VersionProfile p : values()) {
            if (p.major == major) {
                return p;
            }
        }
        if (major == 16 || major == 17) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server runs Odoo " + version.text()
                    + ", which Till does not support yet (it uses a websocket bus and another order format)."
                    + " Till works with Odoo 14 and 15.");
        }
        throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server runs Odoo " + version.text()
                + ", which Till does not support. Till works with Odoo 14 and 15.");
    }

    public int major() {
        return major;
    }

    /** Long-poll items carry {@code channel} (14) or only {@code {id, message: {type, payload}}} (15). */
    public boolean pollItemHasChannel() {
        return pollItemHasChannel;
    }

    /** Whether {@code /pos_longpolling/update} may exist (14 only); probe once, a 404 means it is absent. */
    public boolean mayHavePosLongpolling() {
        return mayHavePosLongpolling;
    }

    /** {@code account.tax.is_base_affected} exists (15); on 14 every tax is base-affected. */
    public boolean taxHasIsBaseAffected() {
        return taxHasIsBaseAffected;
    }

    /**
     * {@code create_from_ui} arguments: {@code [orders, draft]} on 13+ (both 14 and 15 also accept {@code [orders]},
     * transcripts 360; Till sends what the web POS sends).
     */
    public boolean createFromUiTakesDraft() {
        return true;
    }

    /** {@code create_from_ui} returns {@code [{id, pos_reference}]} in descending id order (14, 15). */
    public boolean createFromUiReturnsReferences() {
        return true;
    }

    /** Error {@code data} carries {@code exception_type} (10, 12 only); on 14/15 only name/message/arguments. */
    public boolean errorDataHasExceptionType() {
        return false;
    }

    /** 15's web POS order adds {@code to_ship} and the line keys {@code customer_note}, {@code price_manually_set}. */
    public boolean orderHasFifteenKeys() {
        return fifteenFields;
    }

    /** The fields the web POS of this version reads from {@code pos.payment.method}. */
    public java.util.List<String> paymentMethodFields() {
        return fifteenFields ? java.util.List.of("name", "is_cash_count", "use_payment_terminal", "split_transactions",
                "type") : java.util.List.of("name", "is_cash_count", "use_payment_terminal");
    }
}
