package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import till.order.OrderLine;
import till.order.PaidOrder;
import till.order.RefundLink;
import till.outbox.FailureKind;
import till.outbox.SendFailure;

/**
 * Resolves, just before a batch is sent, the server ids of the lines its refunds give back, and writes them into
 * their payloads ({@link RefundLines}). The outbox holds a refund back until its original is confirmed, so its
 * original is on the server; one that is not (deleted, or another server) cannot be linked, and the refund is
 * refused with words instead of being sent without its link. Stateless.
 */
final class RefundLinking {

    private RefundLinking() {
    }

    /**
     * The server line ids per refund uid, for the refunds of {@code batch}; no call when the batch holds none, or on a
     * version without links. Blocks on the network.
     */
    static Map<String, Map<Integer, Long>> resolve(OdooClient client, PosContext pos, List<PaidOrder> batch)
            throws OdooException, SendFailure {
        Map<String, Map<Integer, Long>> links = new HashMap<>();
        RefundLines lines = pos.profile().refunds();
        if (!lines.links()) {
            return links;
        }
        for (PaidOrder order : batch) {
            List<RefundLink> wanted = order.lines().stream().map(OrderLine::refundOf).filter(Objects::nonNull)
                    .toList();
            if (wanted.isEmpty()) {
                continue;
            }
            String originalUid = wanted.get(0).originalUid();
            Map<Integer, RefundLines.ServerLine> found = lines.read(client, pos, originalUid, wanted).orElseThrow(
                    () -> unlinkable(order, "the server does not hold its original order " + originalUid));
            Map<Integer, Long> ids = new HashMap<>();
            for (OrderLine line : order.lines()) {
                RefundLink link = line.refundOf();
                if (link == null) {
                    continue;
                }
                RefundLines.ServerLine server = found.get(link.originalLineId());
                if (server == null || server.productId() != line.productId()) {
                    throw unlinkable(order, "the server has no line " + link.originalLineId() + " ("
                            + line.productName() + ") in its original order " + originalUid);
                }
                ids.put(link.originalLineId(), server.id());
            }
            links.put(order.uid(), ids);
        }
        return links;
    }

    /** Writes the resolved links into the refund's payload; a sale's payload stays as built. */
    static ObjectNode apply(ObjectNode payload, PosContext pos, PaidOrder order,
                            Map<String, Map<Integer, Long>> links) {
        Map<Integer, Long> ids = links.get(order.uid());
        if (ids != null) {
            pos.profile().refunds().link(payload, order, ids);
        }
        return payload;
    }

    private static SendFailure unlinkable(PaidOrder refund, String why) {
        return new SendFailure(FailureKind.REJECTED, "Refund " + refund.uid() + " cannot be linked to the order it"
                + " refunds: " + why + ".");
    }
}
