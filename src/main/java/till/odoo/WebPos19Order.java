package till.odoo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * A paid order as the flat {@code pos.order} dict the 19 web POS syncs ({@code order.serializeForORM()}, v19 300).
 * What differs from 18 ({@link WebPos18Order}), each because 19 would otherwise store wrong money or fail the batch:
 * {@code amount_return} is the change as a <em>negative</em> amount, which 19 books as is (a positive one is booked
 * as money paid in, silently, v19 303-305); the name is {@code "/"} (19 drops the client's name and makes its own
 * from {@code pos_reference}); {@code pos_reference} is the order's name, what the receipt prints (14-18 store the
 * name there too, so the back office finds a receipt by its text on every version), and
 * {@code tracking_number} is built as the 19 POS builds it ({@code <device><NNN>}); {@code source: "pos"} and
 * {@code is_refund: false} as the 19 POS sends them; line taxes are a plain id list ({@code [1]}, not 18's
 * {@code [[4, 1]]}). Only keys the 19 web POS sends: an unknown key (18's {@code general_note}) fails the whole sync
 * (365). The {@code uuid} stays the order's identity ({@link OrderUuids}). Stateless.
 */
final class WebPos19Order {

    private WebPos19Order() {
    }

    static ObjectNode build(PaidOrder order, PosContext pos) {
        ObjectNode o = JsonRpcClient.MAPPER.createObjectNode();
        o.put("name", "/");
        o.put("date_order", OrderPayloads.ODOO_DATE.format(order.paidAt()));
        o.put("user_id", pos.userId());
        o.put("amount_tax", order.totals().tax());
        o.put("amount_total", order.totals().total());
        o.put("amount_paid", OrderPayloads.tendered(order.payments()));
        o.put("amount_return", order.amountReturn().negate());
        lines(order, o.putArray("lines"));
        OrderPayloads.putId(o, "pricelist_id", pos.pricelistId());
        OrderPayloads.putId(o, "partner_id", order.customerId());
        o.put("sequence_number", order.identity().sequenceNumber());
        o.put("session_id", order.identity().sessionId());
        o.put("is_refund", false);
        o.put("state", "paid");
        o.put("pos_reference", order.name());
        o.put("fiscal_position_id", false);
        ArrayNode payments = o.putArray("payment_ids");
        for (int i = 0; i < order.payments().size(); i++) {
            payment(order, i, payments);
        }
        o.put("to_invoice", false);
        o.put("shipping_date", false);
        o.put("is_tipped", false);
        o.put("tip_amount", false);
        o.put("tracking_number", trackingNumber(order));
        o.put("uuid", OrderUuids.order(order));
        o.put("source", "pos");
        return o;
    }

    /** The 19 POS's {@code tracking_number}: the device identifier, then the sequence number's last three digits. */
    static String trackingNumber(PaidOrder order) {
        int last = Math.floorMod(order.identity().sequenceNumber(), 1000);
        return order.identity().loginNumber() + String.format("%03d", last);
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
            line.taxIds().forEach(taxes::add);
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
