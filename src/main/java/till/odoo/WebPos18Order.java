package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * A paid order as the flat {@code pos.order} dict the 18 web POS syncs ({@code PosOrder.serialize}, v18 300): the
 * {@code uuid} that 18 de-duplicates on, derived from the order's uid ({@link OrderUuids}: the same on every resend,
 * because 18 silently ignores a known uuid with other content, 312), {@code state: "paid"}, {@code session_id},
 * {@code date_order} and payment dates as UTC {@code YYYY-MM-DD HH:MM:SS} (ISO is refused, 350, 355), lines and
 * {@code payment_ids} as {@code [0, 0, {...}]} commands, taxes as {@code [4, id]} links, and {@code amount_paid} as
 * the tendered total the way the 18 web POS sends it (the server recomputes it, and books the change itself from
 * {@code amount_return}). Only keys that are fields of {@code pos.order} (18 creates the order from the dict as
 * given); the web POS's empty defaults and its random portal secrets are left out (decision 0055). Stateless.
 */
final class WebPos18Order {

    private WebPos18Order() {
    }

    static ObjectNode build(PaidOrder order, PosContext pos) {
        ObjectNode o = JsonRpcClient.MAPPER.createObjectNode();
        o.put("name", order.name());
        o.put("date_order", OrderPayloads.ODOO_DATE.format(order.paidAt()));
        o.put("user_id", pos.userId());
        o.put("amount_tax", order.totals().tax());
        o.put("amount_total", order.totals().total());
        o.put("amount_paid", OrderPayloads.tendered(order.payments()));
        o.put("amount_return", order.amountReturn());
        lines(order, o.putArray("lines"));
        OrderPayloads.putId(o, "pricelist_id", pos.pricelistId());
        OrderPayloads.putId(o, "partner_id", order.customerId());
        o.put("sequence_number", order.identity().sequenceNumber());
        o.put("session_id", order.identity().sessionId());
        o.put("state", "paid");
        o.put("pos_reference", order.uid());
        o.put("fiscal_position_id", false);
        ArrayNode payments = o.putArray("payment_ids");
        for (int i = 0; i < order.payments().size(); i++) {
            payment(order, i, payments);
        }
        o.put("to_invoice", false);
        o.put("shipping_date", false);
        o.put("is_tipped", false);
        o.put("tip_amount", false);
        o.put("uuid", OrderUuids.order(order));
        return o;
    }

    private static void lines(PaidOrder order, ArrayNode out) {
        Function<OrderLine, OrderTotals.LineTotals> totals = OrderPayloads.lineTotals(order);
        for (OrderLine line : order.lines()) {
            OrderTotals.LineTotals t = totals.apply(line);
            ObjectNode l = JsonRpcClient.MAPPER.createObjectNode();
            l.put("product_id", line.productId());
            l.put("price_unit", line.priceUnit());
            l.put("qty", line.qty());
            l.put("price_subtotal", t.priceSubtotal());
            l.put("price_subtotal_incl", t.priceSubtotalIncl());
            l.put("price_extra", 0);
            l.put("price_type", "original");
            l.put("discount", line.discount());
            ArrayNode taxes = l.putArray("tax_ids");
            line.taxIds().forEach(id -> taxes.addArray().add(4).add(id));
            l.put("full_product_name", line.productName());
            l.put("uuid", OrderUuids.line(order, line));
            out.addArray().add(0).add(0).add(l);
        }
    }

    private static void payment(PaidOrder order, int index, ArrayNode out) {
        PaymentLine payment = order.payments().get(index);
        ObjectNode p = JsonRpcClient.MAPPER.createObjectNode();
        p.put("amount", payment.amount());
        p.put("payment_method_id", payment.paymentMethodId());
        p.put("payment_date", OrderPayloads.PAYMENT_DATE.format(OrderPayloads.paymentTime(payment.at(), order)));
        p.put("uuid", OrderUuids.payment(order, index));
        out.addArray().add(0).add(0).add(p);
    }
}
