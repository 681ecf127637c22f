package till.odoo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;
import till.outbox.SendResult;

/**
 * What an accepted order call's answer accounts for: an order counts only when the answer names it by the version's
 * identity (the name on 14-17, the uuid on 18) with a positive id; junk, an empty list or a replayed answer about other
 * orders accounts for nothing, and the sender looks the orders it leaves out up (docs/decisions/0161). An order stored
 * in another session than its own (18 files orders of a closed session into the open one) counts, and is logged as
 * such. Stateless.
 */
final class AnswerAccount {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerAccount.class);

    private AnswerAccount() {
    }

    /** The orders of {@code batch} the answer names, with the server's ids, keyed by order name. */
    static SendResult of(List<PaidOrder> batch, OrderAnswer answer, OrderProtocol protocol) {
        Map<String, Long> ids = new HashMap<>();
        for (PaidOrder order : batch) {
            OrderAnswer.Stored stored = answer.named().get(protocol.identity(order));
            if (stored == null || stored.id() <= 0) {
                continue;
            }
            ids.put(order.name(), stored.id());
            long landed = stored.sessionId();
            if (landed != 0 && landed != order.identity().sessionId()) {
                LOG.warn("{} belongs to session {}, but the server stored it in session {} (its own was closed):"
                        + " it counts as sent; that session's totals include it", order.name(),
                        order.identity().sessionId(), landed);
            }
        }
        return SendResult.withIds(ids);
    }
}
