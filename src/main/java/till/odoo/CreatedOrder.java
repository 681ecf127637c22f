package till.odoo;

/**
 * One element of what {@code create_from_ui} returns: the stored {@code pos.order} id and its {@code pos_reference}
 * (the order's name). Immutable.
 */
public record CreatedOrder(long id, String posReference) {
}
