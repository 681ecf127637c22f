package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaymentLine;
import till.order.PaidOrder;

/**
 * Builds the {@code create_from_ui} element {@code {id, data, to_invoice}} of a paid order exactly as the 14/15 web
 * POS exports it (transcripts 300): same keys, {@code server_id: false} so the server de-duplicates resends by name,
 * the change in {@code amount_return} (payment lines carry the tendered amounts), payment times as UTC
 * {@code YYYY-MM-DD HH:MM:SS} (the only form a payment line accepts, transcripts 355). Stateless.
 */
public final class OrderPayloads {

    /** The web POS sends {@code creation_date} as JavaScript's {@code toISOString()}; 13-16 accept it (350). */
    static final DateTimeFormatter CREATION_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter PAYMENT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private OrderPayloads() {
    }

    /** The order for this POS context; the same order always gives the same JSON, so every resend is identical. */
    public static ObjectNode build(PaidOrder order, PosContext pos) {
        ObjectNode data = JsonRpcClient.MAPPER.createObjectNode();
        data.put("name", order.name());
        data.put("amount_paid", order.amountPaid());
        data.put("amount_total", order.totals().total());
        data.put("amount_tax", order.totals().tax());
        data.put("amount_return", order.amountReturn());
        lines(order, pos.profile(), data.putArray("lines"));
        ArrayNode payments = data.putArray("statement_ids");
        order.payments().forEach(p -> payment(p, order.paidAt(), payments));
        data.put("pos_session_id", order.identity().sessionId());
        putId(data, "pricelist_id", pos.pricelistId());
        putId(data, "partner_id", order.customerId());
        data.put("user_id", pos.userId());
        data.put("uid", order.uid());
        data.put("sequence_number", order.identity().sequenceNumber());
        data.put("creation_date", CREATION_DATE.format(order.paidAt()));
        data.put("fiscal_position_id", false);
        data.put("server_id", false);
        data.put("to_invoice", false);
        if (pos.profile().orderHasFifteenKeys()) {
            data.put("to_ship", false);
        }
        data.put("is_tipped", false);
        data.put("tip_amount", 0);
        ObjectNode element = JsonRpcClient.MAPPER.createObjectNode();
        element.put("id", order.uid());
        element.set("data", data);
        element.put("to_invoice", false);
        return element;
    }

    private static void lines(PaidOrder order, VersionProfile profile, ArrayNode out) {
        Map<Integer, OrderTotals.LineTotals> totals = order.totals().lines().stream()
                .collect(Collectors.toMap(OrderTotals.LineTotals::lineId, Function.identity()));
        for (OrderLine line : order.lines()) {
            OrderTotals.LineTotals t = totals.get(line.lineId());
            if (t == null) {
                throw new IllegalArgumentException("order " + order.uid() + " has no totals for line " + line.lineId());
            }
            ObjectNode l = JsonRpcClient.MAPPER.createObjectNode();
            l.put("qty", line.qty());
            l.put("price_unit", line.priceUnit());
            l.put("price_subtotal", t.priceSubtotal());
            l.put("price_subtotal_incl", t.priceSubtotalIncl());
            l.put("discount", line.discount());
            l.put("product_id", line.productId());
            ArrayNode taxes = l.putArray("tax_ids").addArray().add(6).add(false).addArray();
            line.taxIds().forEach(taxes::add);
            l.put("id", line.lineId());
            l.putArray("pack_lot_ids");
            l.put("description", "");
            l.put("full_product_name", line.productName());
            l.put("price_extra", 0);
            if (profile.orderHasFifteenKeys()) {
                l.put("customer_note", "");
                l.put("price_manually_set", false);
            }
            out.addArray().add(0).add(0).add(l);
        }
    }

    private static void payment(PaymentLine payment, Instant paidAt, ArrayNode out) {
        ObjectNode p = JsonRpcClient.MAPPER.createObjectNode();
        p.put("name", PAYMENT_DATE.format(payment.at() == null ? paidAt : payment.at()));
        p.put("payment_method_id", payment.paymentMethodId());
        p.put("amount", payment.amount());
        for (String empty : new String[] {"payment_status", "ticket", "card_type", "cardholder_name",
            "transaction_id"}) {
            p.put(empty, "");
        }
        out.addArray().add(0).add(0).add(p);
    }

    private static void putId(ObjectNode data, String key, Long id) {
        if (id == null) {
            data.put(key, false);
        } else {
            data.put(key, id);
        }
    }
}
