package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * The {@code create_from_ui} element {@code {id, data, to_invoice}} of a paid order exactly as the 14/15 web POS
 * exports it (transcripts 300): same keys, {@code server_id: false} so the server de-duplicates resends by name, the
 * change in {@code amount_return} (payment lines carry the tendered amounts), {@code creation_date} as the web POS's
 * ISO text and payment times as UTC {@code YYYY-MM-DD HH:MM:SS} (the only form a payment line accepts, 355); 15 adds
 * {@code to_ship}, {@code customer_note} and {@code price_manually_set} (decision 0052). Stateless.
 */
final class WebPos15Order {

    private WebPos15Order() {
    }

    static ObjectNode fourteen(PaidOrder order, PosContext pos) {
        return build(order, pos, false);
    }

    static ObjectNode fifteen(PaidOrder order, PosContext pos) {
        return build(order, pos, true);
    }

    private static ObjectNode build(PaidOrder order, PosContext pos, boolean fifteenKeys) {
        ObjectNode data = JsonRpcClient.MAPPER.createObjectNode();
        data.put("name", order.name());
        data.put("amount_paid", order.amountPaid());
        data.put("amount_total", order.totals().total());
        data.put("amount_tax", order.totals().tax());
        data.put("amount_return", order.amountReturn());
        lines(order, fifteenKeys, data.putArray("lines"));
        ArrayNode payments = data.putArray("statement_ids");
        order.payments().forEach(p -> payment(p, order, payments));
        data.put("pos_session_id", order.identity().sessionId());
        OrderPayloads.putId(data, "pricelist_id", pos.pricelistId());
        OrderPayloads.putId(data, "partner_id", order.customerId());
        data.put("user_id", pos.userId());
        data.put("uid", order.uid());
        data.put("sequence_number", order.identity().sequenceNumber());
        data.put("creation_date", OrderPayloads.CREATION_DATE.format(order.paidAt()));
        data.put("fiscal_position_id", false);
        data.put("server_id", false);
        data.put("to_invoice", false);
        if (fifteenKeys) {
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

    private static void lines(PaidOrder order, boolean fifteenKeys, ArrayNode out) {
        Function<OrderLine, OrderTotals.LineTotals> totals = OrderPayloads.lineTotals(order);
        for (OrderLine line : order.lines()) {
            OrderTotals.LineTotals t = totals.apply(line);
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
            if (fifteenKeys) {
                l.put("customer_note", "");
                l.put("price_manually_set", false);
            }
            out.addArray().add(0).add(0).add(l);
        }
    }

    private static void payment(PaymentLine payment, PaidOrder order, ArrayNode out) {
        ObjectNode p = JsonRpcClient.MAPPER.createObjectNode();
        p.put("name", OrderPayloads.PAYMENT_DATE.format(OrderPayloads.paymentTime(payment.at(), order)));
        p.put("payment_method_id", payment.paymentMethodId());
        p.put("amount", payment.amount());
        for (String empty : new String[] {"payment_status", "ticket", "card_type", "cardholder_name",
            "transaction_id"}) {
            p.put(empty, "");
        }
        out.addArray().add(0).add(0).add(p);
    }
}
