package till.odoo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;
import till.outbox.FailureKind;
import till.outbox.SendFailure;
import till.outbox.SendResult;

/**
 * Accounts for every order of a batch the server accepted: an order its answer names was stored now (or, on 18,
 * answered as stored); an order it does not name is looked up by the version's identity ({@link OrderLookup}) and
 * counts as delivered only when the server holds it (14-17 leave resends out of the answer; some 18 builds too). An
 * order found nowhere is not sent: it fails alone as REJECTED, so the sender isolates it with the server's silence
 * in words. An order stored in another session than its own (18 files orders of a closed session into the open one)
 * is delivered, and logged as such. Confined to the sending thread.
 */
final class BatchAccount {

    private static final Logger LOG = LoggerFactory.getLogger(BatchAccount.class);

    private final OdooClient client;
    private final VersionProfile profile;

    BatchAccount(OdooClient client, VersionProfile profile) {
        this.client = client;
        this.profile = profile;
    }

    /**
     * @return the names the answer named (stored in this call, as far as the answer tells)
     * @throws SendFailure REJECTED when an order is neither named nor held by the server
     */
    SendResult settle(List<PaidOrder> batch, OrderAnswer answer) throws OdooException, SendFailure {
        OrderProtocol orders = profile.orders();
        Map<String, OrderAnswer.Stored> where = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (PaidOrder order : batch) {
            OrderAnswer.Stored stored = answer.named().get(orders.identity(order));
            if (stored != null) {
                where.put(order.uid(), stored);
                named.add(order.name());
            }
        }
        List<PaidOrder> unnamed = batch.stream().filter(o -> !where.containsKey(o.uid())).toList();
        if (!unnamed.isEmpty()) {
            where.putAll(profile.lookup().find(client, unnamed));
        }
        List<PaidOrder> missing = unnamed.stream().filter(o -> !where.containsKey(o.uid())).toList();
        if (!missing.isEmpty()) {
            throw new SendFailure(FailureKind.REJECTED, "The server accepted the call but neither named "
                    + missing.stream().map(PaidOrder::name).collect(Collectors.joining(", ")) + " in its answer nor"
                    + " holds it as paid: Till did not count it as sent.");
        }
        for (PaidOrder order : batch) {
            long landed = where.get(order.uid()).sessionId();
            if (landed != 0 && landed != order.identity().sessionId()) {
                LOG.warn("{} belongs to session {}, but the server stored it in session {} (its own was closed):"
                        + " it counts as sent; that session's totals include it", order.name(),
                        order.identity().sessionId(), landed);
            }
        }
        return new SendResult(named);
    }
}
