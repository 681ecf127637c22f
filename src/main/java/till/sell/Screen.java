package till.sell;

/** Which screen the till shows. Immutable. */
public enum Screen {
    /** Ringing up: products, order lines, numpad. */
    SELL,
    /** Taking the payment of the current order. */
    PAYMENT,
    /** The receipt of the order just paid. */
    RECEIPT
}
