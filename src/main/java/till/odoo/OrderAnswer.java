package till.odoo;

import java.util.Map;

/**
 * The orders a server named after an order call or a lookup, by the identity of {@link OrderProtocol#identity}, with
 * where each was stored. Immutable.
 *
 * @param named by identity, the order's record on the server
 */
record OrderAnswer(Map<String, Stored> named) {

    OrderAnswer {
        named = Map.copyOf(named);
    }

    /**
     * One order as the server holds it. Immutable.
     *
     * @param id        the {@code pos.order} id
     * @param reference its {@code pos_reference}
     * @param sessionId the session it was stored in, 0 when the answer does not say (14-17's order call)
     */
    record Stored(long id, String reference, long sessionId) {
    }
}
