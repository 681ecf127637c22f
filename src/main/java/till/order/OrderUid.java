package till.order;

/**
 * An order's identity as Odoo's POS builds it: uid {@code SSSSS-LLL-NNNN} and name {@code Order <uid>}.
 * Immutable. The name is what Odoo stores as {@code pos_reference} and de-duplicates on, so it never changes.
 */
public record OrderUid(long sessionId, int loginNumber, int sequenceNumber) {

    public String uid() {
        // Asked for several times per order on every send: zero padding by hand, not String.format's parser.
        StringBuilder uid = new StringBuilder(16);
        padded(uid, sessionId, 5).append('-');
        padded(uid, loginNumber, 3).append('-');
        return padded(uid, sequenceNumber, 4).toString();
    }

    /** {@code %0<width>d}: at least {@code width} characters, the sign first, zeros after it. */
    private static StringBuilder padded(StringBuilder out, long value, int width) {
        String digits = Long.toString(Math.abs(value));
        int length = digits.length() + (value < 0 ? 1 : 0);
        if (value < 0) {
            out.append('-');
        }
        for (int i = length; i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    public String name() {
        return "Order " + uid();
    }

    @Override
    public String toString() {
        return uid();
    }
}
