package till.refunds;

import java.util.List;

/**
 * A refund the till will not make, with the words for the cashier (nothing was stored), and its reason and arguments
 * so that a screen can say it in the till's language. Immutable.
 */
public final class RefundRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, in the closed set a screen translates; {@link #OTHER} is said in the words as they are. */
    public enum Reason {
        /** No such paid order on this till: the order's uid. */
        NO_ORDER,
        /** The order is itself a refund: its uid. */
        IS_REFUND,
        /** The payment method is not at this till: its id. */
        NO_METHOD,
        /** The order has no such line: the order's uid, the line. */
        NO_LINE,
        /** A negative quantity: the quantity. */
        NEGATIVE,
        /** The line is refunded in full: line, product, refunded, sold. */
        ALREADY_REFUNDED,
        /** More than is left: line, product, left, sold, asked. */
        OVER_REFUND,
        /** No line and quantity chosen. */
        NOTHING_CHOSEN,
        /** Anything else (e.g. the order calculator's refusal): the words are the message. */
        OTHER
    }

    private final Reason reason;
    private final transient List<String> args;

    public RefundRefused(String words) {
        this(Reason.OTHER, words);
    }

    /**
     * @param words the refusal in English (logs, command line)
     * @param args  the reason's arguments, as written in the words
     */
    public RefundRefused(Reason reason, String words, String... args) {
        super(words);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The reason's arguments, in the order its javadoc names them. */
    public List<String> args() {
        return args;
    }
}
