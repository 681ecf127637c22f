package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import till.order.OrderLine;
import till.order.PaidOrder;
import till.order.RefundLink;

/**
 * How a version links a refund line to the line it gives back, and how the till finds that line on the server. 15-19
 * store the link as {@code pos.order.line.refunded_orderline_id}, the original line's server id, and keep
 * {@code refunded_qty} on the original line; the till knows its original by name (14-17) or uuid (18, 19) only, so
 * it reads the original's lines when the refund is sent and matches them: by the line {@code uuid} it sent (17-19),
 * or by place (15, whose lines carry no uuid and are created in the order sent). 14 has no link in its web POS: a
 * refund is an order with negative quantities (decision 0225). 19 also marks the order {@code is_refund}.
 * Immutable.
 */
final class RefundLines {

    /** 14: no link field; the server keeps no refunded quantity. */
    static final RefundLines NONE = new RefundLines(Match.NONE, false);
    /** 15: matched by place. */
    static final RefundLines BY_PLACE = new RefundLines(Match.PLACE, false);
    /** 17, 18: matched by line uuid. */
    static final RefundLines BY_UUID = new RefundLines(Match.UUID, false);
    /** 19: by line uuid, and the order says {@code is_refund: true}. */
    static final RefundLines BY_UUID_MARKED = new RefundLines(Match.UUID, true);

    private enum Match { NONE, PLACE, UUID }

    /** One line of the original as the server holds it. Immutable. */
    record ServerLine(long id, long productId, BigDecimal refundedQty) {
    }

    private final Match match;
    private final boolean marksOrder;

    private RefundLines(Match match, boolean marksOrder) {
        this.match = match;
        this.marksOrder = marksOrder;
    }

    /** Whether this version links refund lines at all (and keeps {@code refunded_qty}). */
    boolean links() {
        return match != Match.NONE;
    }

    /**
     * The original's lines as the server holds them, by the till's line id; empty when the server does not hold the
     * original (yet) or the version keeps no link. Blocks on the network.
     *
     * @param originalUid the original order's uid
     * @param wanted      the links to find (the refund's, or one per line of the original)
     */
    Optional<Map<Integer, ServerLine>> read(OdooClient client, PosContext pos, String originalUid,
                                            List<RefundLink> wanted) throws OdooException {
        if (!links()) {
            return Optional.empty();
        }
        OrderAnswer.Stored stored = pos.profile().lookup().findUids(client, pos.configId(), List.of(originalUid))
                .get(originalUid);
        if (stored == null) {
            return Optional.empty();
        }
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("order_id").add("=").add(stored.id());
        List<String> fields = new ArrayList<>(List.of("id", "product_id", "qty", "refunded_qty"));
        if (match == Match.UUID) {
            fields.add("uuid");
        }
        List<JsonNode> records = new ArrayList<>();
        client.searchRead("pos.order.line", domain, fields, "id asc", 0).forEach(records::add);
        Map<Integer, ServerLine> lines = new HashMap<>();
        for (RefundLink link : wanted) {
            Optional<JsonNode> found = match == Match.UUID
                    ? byUuid(records, OrderUuids.line(originalUid, link.originalLineId()))
                    : link.originalLinePlace() < records.size() ? Optional.of(records.get(link.originalLinePlace()))
                    : Optional.empty();
            found.ifPresent(r -> lines.put(link.originalLineId(), new ServerLine(r.path("id").asLong(),
                    PosData.id(r.path("product_id")), r.path("refunded_qty").decimalValue())));
        }
        return Optional.of(Map.copyOf(lines));
    }

    private static Optional<JsonNode> byUuid(List<JsonNode> records, String uuid) {
        return records.stream().filter(r -> uuid.equals(r.path("uuid").asText())).findFirst();
    }

    /**
     * Writes the links into a refund's payload: {@code refunded_orderline_id} on each line, in the order of
     * {@code refund.lines()}, and 19's {@code is_refund}.
     *
     * @param serverIds the original lines' server ids by the till's line id
     */
    void link(ObjectNode payload, PaidOrder refund, Map<Integer, Long> serverIds) {
        if (!links()) {
            return;
        }
        JsonNode lines = payload.has("data") ? payload.path("data").path("lines") : payload.path("lines");
        for (int i = 0; i < refund.lines().size(); i++) {
            OrderLine line = refund.lines().get(i);
            if (line.refundOf() != null) {
                ((ObjectNode) lines.get(i).get(2)).put("refunded_orderline_id",
                        serverIds.get(line.refundOf().originalLineId()));
            }
        }
        if (marksOrder) {
            payload.put("is_refund", true);
        }
    }
}
