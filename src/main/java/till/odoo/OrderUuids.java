package till.odoo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import till.order.OrderLine;
import till.order.PaidOrder;

/**
 * The uuids the 17/18 web POS gives an order, its lines and its payments, derived from the order's uid (session,
 * login number, sequence number: unique on the server) as name-based UUIDs, so that every resend carries the same
 * ones without storing them (decision 0055). 18 takes the order's uuid as its identity. Stateless.
 */
final class OrderUuids {

    private static final String NAMESPACE = "till/pos.order/";

    private OrderUuids() {
    }

    static String order(PaidOrder order) {
        return ofUid(order.uid());
    }

    /** The order's uuid from its uid alone (a refund knows only its original's uid). */
    static String ofUid(String uid) {
        return of(uid);
    }

    static String line(PaidOrder order, OrderLine line) {
        return line(order.uid(), line.lineId());
    }

    static String line(String orderUid, int lineId) {
        return of(orderUid + "/line/" + lineId);
    }

    /** @param index the payment's 0-based place in the order */
    static String payment(PaidOrder order, int index) {
        return of(order.uid() + "/payment/" + index);
    }

    private static String of(String name) {
        return UUID.nameUUIDFromBytes((NAMESPACE + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
