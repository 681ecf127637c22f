package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks every version makes on an order before storing anything: known products, known payment methods, and
 * dates in Odoo's {@code %Y-%m-%d %H:%M:%S} form; the errors are worded as the profile's server words them.
 * Thread-safe (reads {@link DemoData}).
 */
final class OrderChecks {

    private static final String ODOO_DATE = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    private final DemoData data;
    private final Profile profile;
    private final RefundBook refunds;

    OrderChecks(DemoData data, Profile profile) {
        this.data = data;
        this.profile = profile;
        this.refunds = new RefundBook(data, profile);
    }

    /**
     * Line commands {@code [0, 0, {product_id, ...}]}: an unknown product, or a refund line linked to a line that
     * does not exist (15+), is PostgreSQL's foreign-key error.
     */
    void products(JsonNode lines) {
        for (JsonNode line : lines) {
            if (data.live("product.product", line.path(2).path("product_id").asInt()) == null) {
                throw OdooError.validation(profile.foreignKeyMessage("Point of Sale Order Lines (pos.order.line)",
                        "pos_order_line_product_id_fkey"));
            }
            refunds.check(line.path(2));
        }
    }

    /** Payment commands; {@code dateField} is {@code name} up to 17, {@code payment_date} on 18. */
    void payments(JsonNode payments, String dateField) {
        for (JsonNode payment : payments) {
            date(payment.path(2).path(dateField));
            if (data.live("pos.payment.method", payment.path(2).path("payment_method_id").asInt()) == null) {
                throw OdooError.validation(profile.foreignKeyMessage("Point of Sale Payments (pos.payment)",
                        "pos_payment_payment_method_id_fkey"));
            }
        }
    }

    /** A text date that Python's {@code strptime} would refuse (ISO with T and Z, Surprise 4). */
    static void date(JsonNode when) {
        if (when.isTextual() && !when.asText().matches(ODOO_DATE)) {
            throw OdooError.valueError("time data '" + when.asText() + "' does not match format '%Y-%m-%d %H:%M:%S'");
        }
    }
}
