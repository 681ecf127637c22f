package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * The {@code create_from_ui} element of a paid order as the 17 web POS exports it (v17 300): 15's keys with
 * {@code date_order} (UTC {@code YYYY-MM-DD HH:MM:SS}) instead of {@code creation_date}, which 17 refuses (365), a
 * {@code uuid} per line derived from the order ({@link OrderUuids}) and the 17 line and payment keys. 17
 * de-duplicates a resend by its content (payments and lines), so the content comes from the stored order only. The
 * web POS's random {@code access_token} and {@code ticket_code} (the customer portal's secrets) are left out: Till
 * prints no portal code, and a value derived from the order name would be guessable (decision 0055). Stateless.
 */
final class WebPos17Order {

    private WebPos17Order() {
    }

    static ObjectNode build(PaidOrder order, PosContext pos) {
        ObjectNode data = JsonRpcClient.MAPPER.createObjectNode();
        data.put("name", order.name());
        data.put("uid", order.uid());
        data.put("amount_paid", order.amountPaid());
        data.put("amount_total", order.totals().total());
        data.put("amount_tax", order.totals().tax());
        data.put("amount_return", order.amountReturn());
        lines(order, data.putArray("lines"));
        ArrayNode payments = data.putArray("statement_ids");
        order.payments().forEach(p -> payment(p, order, payments));
        data.put("pos_session_id", order.identity().sessionId());
        OrderPayloads.putId(data, "pricelist_id", pos.pricelistId());
        OrderPayloads.putId(data, "partner_id", order.customerId());
        data.put("user_id", pos.userId());
        data.put("sequence_number", order.identity().sequenceNumber());
        data.put("date_order", OrderPayloads.ODOO_DATE.format(order.paidAt()));
        data.put("fiscal_position_id", false);
        data.put("server_id", false);
        data.put("to_invoice", false);
        data.put("shipping_date", false);
        data.put("is_tipped", false);
        data.put("tip_amount", 0);
        data.put("last_order_preparation_change", "{}");
        ObjectNode element = JsonRpcClient.MAPPER.createObjectNode();
        element.put("id", order.uid());
        element.put("to_invoice", false);
        element.set("data", data);
        return element;
    }

    private static void lines(PaidOrder order, ArrayNode out) {
        Function<OrderLine, OrderTotals.LineTotals> totals = OrderPayloads.lineTotals(order);
        for (OrderLine line : order.lines()) {
            OrderTotals.LineTotals t = totals.apply(line);
            ObjectNode l = JsonRpcClient.MAPPER.createObjectNode();
            l.put("uuid", OrderUuids.line(order, line));
            l.put("skip_change", false);
            l.putArray("custom_attribute_value_ids");
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
            l.putArray("attribute_value_ids");
            l.put("full_product_name", line.productName());
            l.put("price_extra", 0);
            l.put("customer_note", "");
            l.put("price_type", "original");
            out.addArray().add(0).add(0).add(l);
        }
    }

    private static void payment(PaymentLine payment, PaidOrder order, ArrayNode out) {
        ObjectNode p = JsonRpcClient.MAPPER.createObjectNode();
        p.put("name", OrderPayloads.PAYMENT_DATE.format(OrderPayloads.paymentTime(payment.at(), order)));
        p.put("payment_method_id", payment.paymentMethodId());
        p.put("amount", payment.amount());
        p.put("payment_status", "");
        p.put("can_be_reversed", false);
        for (String empty : new String[] {"ticket", "card_type", "cardholder_name", "transaction_id"}) {
            p.put(empty, "");
        }
        out.addArray().add(0).add(0).add(p);
    }
}
