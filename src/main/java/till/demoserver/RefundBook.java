package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Refund lines as 15+ keep them: a line may name the line it gives back in {@code refunded_orderline_id} (a
 * many2one, so a line that does not exist is PostgreSQL's foreign-key error and fails the batch), and every line
 * carries {@code refunded_qty}, what its refunds gave back (Odoo computes it as minus the sum of the refund lines'
 * quantities), and {@code refund_orderline_ids}. 14 has none of these fields: the keys are not stored, and reading
 * them is an invalid field, as on 14. Called with the {@link DemoData} monitor held.
 */
final class RefundBook {

    private static final String LINK = "refunded_orderline_id";

    private final DemoData data;
    private final Profile profile;

    RefundBook(DemoData data, Profile profile) {
        this.data = data;
        this.profile = profile;
    }

    /** Before anything is stored: each link must name a stored line. */
    void check(JsonNode lineValues) {
        JsonNode link = lineValues.path(LINK);
        if (profile == Profile.V14 || !link.canConvertToInt() || link.isBoolean()) {
            return;
        }
        if (data.live("pos.order.line", link.asInt()) == null) {
            throw OdooError.validation(profile.foreignKeyMessage("Point of Sale Order Lines (pos.order.line)",
                    "pos_order_line_refunded_orderline_id_fkey"));
        }
    }

    /** Gives a new line its refund fields and, for a refund line, adds its quantity to the original's. */
    void book(ObjectNode line, JsonNode values) {
        if (profile == Profile.V14) {
            return;
        }
        line.put("refunded_qty", 0.0);
        line.putArray("refund_orderline_ids");
        JsonNode link = values.path(LINK);
        if (!link.canConvertToInt() || link.isBoolean()) {
            line.put(LINK, false);
            return;
        }
        ObjectNode original = data.live("pos.order.line", link.asInt());
        line.set(LINK, JsonRpc.NODES.arrayNode().add(link.asInt()).add(original.path("full_product_name").asText()));
        original.put("refunded_qty", original.path("refunded_qty").asDouble() - values.path("qty").asDouble());
        original.withArray("refund_orderline_ids").add(line.path("id").asInt());
    }
}
