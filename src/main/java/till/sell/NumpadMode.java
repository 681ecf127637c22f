package till.sell;

/** What the numpad's digits change on the selected order line, as on Odoo's POS. Immutable. */
public enum NumpadMode {
    QUANTITY, DISCOUNT, PRICE
}
