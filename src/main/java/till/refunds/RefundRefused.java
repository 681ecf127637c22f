package till.refunds;

/** A refund the till will not make, with the words for the cashier (nothing was stored). Immutable. */
public final class RefundRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public RefundRefused(String words) {
        super(words);
    }
}
