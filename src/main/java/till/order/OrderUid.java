package till.order;

/**
 * An order's identity as Odoo's POS builds it: uid {@code SSSSS-LLL-NNNN} and name {@code Order <uid>}.
 * Immutable. The name is what Odoo stores as {@code pos_reference} and de-duplicates on, so it never changes.
 */
public record OrderUid(long sessionId, int loginNumber, int sequenceNumber) {

    public String uid() {
        return String.format(java.util.Locale.ROOT, "%05d-%03d-%04d", sessionId, loginNumber, sequenceNumber);
    }

    public String name() {
        return "Order " + uid();
    }

    @Override
    public String toString() {
        return uid();
    }
}
