package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stores one checked UI order as {@code pos.order}, {@code pos.order.line} and {@code pos.payment} records, with the
 * server-made change payment. Called with the {@link DemoData} monitor held.
 */
final class OrderWriter {

    /** Where the versions that take {@code create_from_ui} differ in what they store. */
    enum Style {
        /** 13-15: the order's date comes from {@code creation_date}. */
        CREATION_DATE("creation_date", false),
        /** 17: the date is {@code date_order}, and payments know their session (a domain on it works, v17 302). */
        DATE_ORDER("date_order", true);

        private final String dateField;
        private final boolean paymentSession;

        Style(String dateField, boolean paymentSession) {
            this.dateField = dateField;
            this.paymentSession = paymentSession;
        }
    }

    private final DemoData data;
    private final PosSessions sessions;
    private final Style style;
    private final RefundBook refunds;

    OrderWriter(DemoData data, PosSessions sessions, Style style, Profile profile) {
        this.data = data;
        this.sessions = sessions;
        this.style = style;
        this.refunds = new RefundBook(data, profile);
    }

    void write(int id, JsonNode ui, boolean draft) {
        ObjectNode session = sessions.sessionForOrder(ui.path("pos_session_id").asInt());
        ObjectNode order = JsonRpc.NODES.objectNode();
        order.put("id", id);
        ObjectNode old = data.live("pos.order", id);
        order.put("name", old != null ? old.get("name").asText()
                : String.format("Shop/%04d", data.nextId("order.name")));
        order.put("pos_reference", ui.path("name").asText());
        order.set("session_id", JsonRpc.NODES.arrayNode().add(session.get("id")).add(session.get("name")));
        order.set("config_id", session.get("config_id"));
        order.put("date_order", dateOrder(ui));
        order.set("partner_id", many2one("res.partner", ui.path("partner_id").asInt(0)));
        order.set("user_id", session.get("user_id"));
        order.put("sequence_number", ui.path("sequence_number").asInt());
        order.put("amount_total", money(ui, "amount_total"));
        order.put("amount_tax", money(ui, "amount_tax"));
        order.put("amount_paid", money(ui, "amount_paid"));
        order.put("amount_return", money(ui, "amount_return"));
        JsonNode self = JsonRpc.NODES.arrayNode().add(id).add(order.get("name"));
        order.set("lines", writeLines(self, ui));
        order.set("payment_ids", writePayments(self, ui, draft, order.get("date_order").asText(),
                order.get("session_id")));
        boolean paid = money(ui, "amount_paid") + 0.005 >= money(ui, "amount_total");
        // A non-draft order that is not fully paid stays draft: Odoo logs action_pos_order_paid's error and goes on.
        order.put("state", !draft && paid ? "paid" : "draft");
        data.put("pos.order", order);
        ArrayNode orderIds = session.withArray("order_ids");
        if (old == null) {
            orderIds.add(id);
        }
    }

    /** {@code creation_date.replace("T", " ")[:19]} (17: {@code date_order}), as the server stores it (Surprise 4). */
    private String dateOrder(JsonNode ui) {
        String created = ui.path(style.dateField).asText("");
        return created.length() >= 19 ? created.replace('T', ' ').substring(0, 19) : sessions.now();
    }

    private ArrayNode writeLines(JsonNode orderId, JsonNode ui) {
        ArrayNode ids = JsonRpc.NODES.arrayNode();
        for (JsonNode command : ui.path("lines")) {
            JsonNode values = command.path(2);
            ObjectNode product = data.live("product.product", values.path("product_id").asInt());
            ObjectNode line = JsonRpc.NODES.objectNode();
            int id = data.nextId("pos.order.line");
            line.put("id", id);
            line.set("order_id", orderId);
            line.set("product_id", JsonRpc.NODES.arrayNode().add(product.get("id")).add(product.get("display_name")));
            line.put("full_product_name", values.path("full_product_name").asText(product.get("name").asText()));
            for (String field : new String[] {"qty", "price_unit", "price_subtotal", "price_subtotal_incl",
                "discount"}) {
                line.put(field, values.path(field).asDouble());
            }
            line.set("tax_ids", values.path("tax_ids").path(0).path(2));
            if (values.has("uuid")) {
                line.set("uuid", values.get("uuid"));
            }
            refunds.book(line, values);
            data.put("pos.order.line", line);
            ids.add(id);
        }
        return ids;
    }

    private ArrayNode writePayments(JsonNode orderId, JsonNode ui, boolean draft, String date, JsonNode session) {
        ArrayNode ids = JsonRpc.NODES.arrayNode();
        int cashMethod = 0;
        for (JsonNode command : ui.path("statement_ids")) {
            JsonNode values = command.path(2);
            int method = values.path("payment_method_id").asInt();
            if (data.live("pos.payment.method", method).path("is_cash_count").asBoolean()) {
                cashMethod = method;
            }
            String when = values.path("name").isTextual() ? values.get("name").asText() : date;
            ids.insert(0, payment(orderId, method, values.path("amount").asDouble(), when, false, session));
        }
        double change = money(ui, "amount_return");
        if (!draft && change > 0 && cashMethod != 0) {
            ids.insert(0, payment(orderId, cashMethod, -change, date, true, session));
        }
        return ids;
    }

    private int payment(JsonNode orderId, int method, double amount, String when, boolean change,
            JsonNode session) {
        ObjectNode payment = JsonRpc.NODES.objectNode();
        int id = data.nextId("pos.payment");
        payment.put("id", id);
        if (change) {
            payment.put("name", "return");
        } else {
            payment.put("name", false);
        }
        payment.put("amount", amount);
        ObjectNode methodRecord = data.live("pos.payment.method", method);
        payment.set("payment_method_id", JsonRpc.NODES.arrayNode().add(method).add(methodRecord.get("name")));
        payment.put("payment_date", when);
        payment.put("is_change", change);
        payment.set("pos_order_id", orderId);
        if (style.paymentSession) {
            payment.set("session_id", session);
        }
        data.put("pos.payment", payment);
        return id;
    }

    /** {@code [id, name]} of an existing record, else false, as a many2one reads. */
    private JsonNode many2one(String model, int id) {
        ObjectNode record = id == 0 ? null : data.live(model, id);
        return record == null ? JsonRpc.NODES.booleanNode(false)
                : JsonRpc.NODES.arrayNode().add(id).add(record.path("name").asText());
    }

    private static double money(JsonNode ui, String field) {
        return BigDecimal.valueOf(ui.path(field).asDouble()).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
