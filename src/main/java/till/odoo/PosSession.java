package till.odoo;

import java.util.List;

/**
 * An open {@code pos.session} as the web POS reads it. Immutable.
 *
 * @param state             {@code opened} or {@code opening_control} (15 with cash control, before the count)
 * @param sequenceNumber    the server's next order sequence number of the session where known, else 0 (Till numbers
 *                          its orders itself and no longer reads it, {@link PosSessions})
 * @param paymentMethodIds  the payment methods of the session ({@code payment_method_ids})
 */
public record PosSession(long id, String name, long configId, long userId, String state, int sequenceNumber,
                         List<Long> paymentMethodIds) {

    public PosSession {
        paymentMethodIds = List.copyOf(paymentMethodIds);
    }
}
