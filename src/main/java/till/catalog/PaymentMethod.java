package till.catalog;

/** A payment method of the POS configuration ({@code pos.payment.method}). Immutable. */
public record PaymentMethod(long id, String name, boolean cash) {
}
