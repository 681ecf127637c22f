package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Stores an 18 order (the flat dict of {@code sync_from_ui}) as {@code pos.order}, {@code pos.order.line} and
 * {@code pos.payment} records shaped like the records 18 answered in the capture (the seed's record templates), with
 * the server-made change payment: {@code -amount_return} up to 18, {@code amount_return} as sent on 19 (which then
 * stores {@code amount_return} as the sum of the negative payments, v19 300, 303). A draft already stored under the
 * same uuid is updated: new lines and payments are added and {@code pos_reference} takes the dict's own value (v18
 * Surprise 4). On 19 the order's {@code pos_reference} and {@code tracking_number} are the dict's (or made by the
 * server when absent, 316), and its name is {@code "<config> - <last part of pos_reference>"} once fully paid, else
 * {@code "/"} (300, 303, 315). Called with the {@link DemoData} monitor held.
 */
final class FlatOrderWriter {

    private final DemoData data;
    private final PosSessions sessions;
    private final JsonNode templates;
    private final boolean changeAsSent;
    private final boolean nineteen;
    private final RefundBook refunds;

    FlatOrderWriter(DemoData data, PosSessions sessions, Profile profile) {
        this.refunds = new RefundBook(data, profile);
        this.data = data;
        this.sessions = sessions;
        this.templates = data.seedPart("recordTemplates");
        this.changeAsSent = profile.booksChangeAsSent();
        this.nineteen = profile == Profile.V19;
    }

    /** Writes the order into {@code session}, over {@code draft} when not null; returns the stored record. */
    ObjectNode write(int id, JsonNode ui, ObjectNode session, ObjectNode draft) {
        ObjectNode order = draft != null ? draft : newOrder(id, ui);
        JsonNode self = JsonRpc.NODES.arrayNode().add(id).add(order.get("name"));
        if (draft != null) {
            order.put("pos_reference", ui.path("pos_reference").asText(ui.path("name").asText()));
        }
        order.set("session_id", JsonRpc.NODES.arrayNode().add(session.get("id")).add(session.get("name")));
        order.set("config_id", session.get("config_id"));
        order.put("date_order", ui.path("date_order").asText(sessions.now()));
        order.put("sequence_number", ui.path("sequence_number").asInt());
        order.set("partner_id", LoadForm.many2one(data, "res.partner", ui.path("partner_id").asInt(0)));
        for (String field : new String[] {"amount_tax", "amount_total", "amount_return"}) {
            order.put(field, money(ui.path(field)));
        }
        order.put("state", ui.path("state").asText("paid"));
        // No picking before the order is paid (317); a paid order has one, shaped as recorded (318).
        order.set("picking_ids", "draft".equals(order.path("state").asText()) ? JsonRpc.NODES.arrayNode()
                : templates.get("pos.order").get("picking_ids"));
        for (String field : new String[] {"access_token", "ticket_code", "last_order_preparation_change",
            "is_refund"}) {
            if (ui.has(field)) {
                order.set(field, ui.get(field));
            }
        }
        order.put("write_date", sessions.now());
        ArrayNode lines = order.withArray("lines");
        ui.path("lines").forEach(command -> lines.add(line(self, command.path(2))));
        ArrayNode payments = order.withArray("payment_ids");
        double paid = 0;
        for (JsonNode payment : payments) {
            paid += data.live("pos.payment", payment.asInt()).path("amount").asDouble();
        }
        int cash = 0;
        for (JsonNode command : ui.path("payment_ids")) {
            ObjectNode payment = payment(self, command.path(2), session);
            payments.insert(0, payment.get("id"));
            paid += payment.path("amount").asDouble();
            cash = isCash(payment) ? payment.path("payment_method_id").path(0).asInt() : cash;
        }
        // Up to 18 the server books -amount_return; 19 books it as sent, so a positive one is money paid in.
        double sent = money(ui.path("amount_return"));
        double booked = changeAsSent ? sent : -sent;
        if ("paid".equals(order.path("state").asText()) && (changeAsSent ? sent != 0 : sent > 0) && cash != 0) {
            ObjectNode back = JsonRpc.NODES.objectNode().put("amount", booked).put("payment_method_id", cash)
                    .put("payment_date", order.path("date_order").asText());
            // 19 gives the change payment a uuid of its own (302); 18 none.
            back.set("uuid", nineteen ? JsonRpc.NODES.textNode(java.util.UUID.randomUUID().toString())
                    : JsonRpc.NODES.booleanNode(false));
            ObjectNode stored = payment(self, back, session);
            stored.put("name", "return").put("is_change", true).put("ticket", false)
                    .put("display_name", "return " + amount(booked));
            payments.insert(0, stored.get("id"));
            paid += booked;
        }
        if (changeAsSent) {
            order.put("amount_return", money(JsonRpc.NODES.numberNode(negatives(payments))));
        }
        order.put("amount_paid", money(JsonRpc.NODES.numberNode(paid)));
        if (nineteen) {
            boolean fullyPaid = Math.abs(paid - order.path("amount_total").asDouble()) < 0.005;
            String reference = order.path("pos_reference").asText();
            String name = "paid".equals(order.path("state").asText()) && fullyPaid
                    ? data.live("pos.config", 1).path("name").asText() + " - "
                    + reference.substring(reference.lastIndexOf('-') + 1) : "/";
            order.put("name", name).put("display_name", name);
        }
        data.put("pos.order", order);
        session.withArray("order_ids").add(id);
        return order;
    }

    private ObjectNode newOrder(int id, JsonNode ui) {
        ObjectNode order = templates.get("pos.order").deepCopy();
        String config = data.live("pos.config", 1).path("name").asText();
        String name = String.format(Locale.ROOT, "%s/%04d", config, data.nextId("order.name"));
        order.put("id", id);
        order.put("name", name);
        order.put("display_name", name);
        if (nineteen) {
            nineteenReferences(order, ui);
        } else {
            order.put("pos_reference", ui.path("name").asText());
        }
        order.set("uuid", ui.path("uuid"));
        order.set("user_id", LoadForm.many2one(data, "res.users", ui.path("user_id").asInt(0)));
        order.put("create_date", sessions.now());
        order.putArray("lines");
        order.putArray("payment_ids");
        return order;
    }

    /** 19 keeps the POS's references; without them it makes its own from the config's backend sequence (316). */
    private void nineteenReferences(ObjectNode order, JsonNode ui) {
        if (ui.path("pos_reference").isTextual()) {
            order.set("pos_reference", ui.get("pos_reference"));
            order.set("tracking_number", ui.path("tracking_number").isTextual() ? ui.get("tracking_number")
                    : JsonRpc.NODES.booleanNode(false));
            return;
        }
        int n = data.nextId("order.backend");
        String year = sessions.now().substring(2, 4);
        order.put("pos_reference", String.format(Locale.ROOT, "%s0-1-%06d", year, n));
        order.put("tracking_number", Integer.toString(n));
    }

    private int line(JsonNode order, JsonNode values) {
        ObjectNode line = templates.get("pos.order.line").deepCopy();
        int id = data.nextId("pos.order.line");
        line.put("id", id);
        line.set("order_id", order);
        line.set("product_id", LoadForm.many2one(data, "product.product", values.path("product_id").asInt()));
        for (String field : new String[] {"qty", "price_unit", "price_subtotal", "price_subtotal_incl", "discount",
            "price_extra"}) {
            line.put(field, values.path(field).asDouble());
        }
        for (String field : new String[] {"uuid", "full_product_name", "customer_note", "note"}) {
            if (values.has(field)) {
                line.set(field, values.get(field));
            }
        }
        ArrayNode taxes = line.putArray("tax_ids");
        for (JsonNode command : values.path("tax_ids")) {
            // [4, id] links one tax; [6, 0, ids] replaces the set; 19 sends the ids themselves.
            if (command.isNumber()) {
                taxes.add(command.asInt());
            } else if (command.path(0).asInt() == 4) {
                taxes.add(command.path(1).asInt());
            } else if (command.path(0).asInt() == 6) {
                command.path(2).forEach(taxes::add);
            }
        }
        refunds.book(line, values);
        data.put("pos.order.line", line);
        return id;
    }

    private ObjectNode payment(JsonNode order, JsonNode values, ObjectNode session) {
        ObjectNode payment = templates.get("pos.payment").deepCopy();
        payment.put("id", data.nextId("pos.payment"));
        payment.put("name", false);
        payment.set("pos_order_id", order);
        payment.put("amount", values.path("amount").asDouble());
        payment.set("payment_method_id", LoadForm.many2one(data, "pos.payment.method",
                values.path("payment_method_id").asInt()));
        payment.put("payment_date", values.path("payment_date").asText(sessions.now()));
        payment.set("session_id", JsonRpc.NODES.arrayNode().add(session.get("id")).add(session.get("name")));
        payment.put("is_change", false);
        payment.set("uuid", values.path("uuid").isMissingNode() ? JsonRpc.NODES.booleanNode(false)
                : values.get("uuid"));
        payment.put("display_name", amount(values.path("amount").asDouble()));
        data.put("pos.payment", payment);
        return payment;
    }

    /** 19's stored {@code amount_return}: the negative payments, as a positive amount. */
    private double negatives(ArrayNode payments) {
        double sum = 0;
        for (JsonNode id : payments) {
            sum += Math.min(0, data.live("pos.payment", id.asInt()).path("amount").asDouble());
        }
        return -sum;
    }

    private boolean isCash(ObjectNode payment) {
        return data.live("pos.payment.method", payment.path("payment_method_id").path(0).asInt())
                .path("is_cash_count").asBoolean();
    }

    private static String amount(double value) {
        return String.format(Locale.ROOT, "$ %.2f", value);
    }

    private static double money(JsonNode value) {
        return BigDecimal.valueOf(value.asDouble()).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
