package till.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * The paid order the till would have stored for an order a web POS sent in the transcripts, from any version's shape:
 * 14/15's {@code data} ({@code creation_date}), 17's {@code data} ({@code date_order}) and 18's flat dict
 * ({@code payment_ids} with {@code payment_date}, taxes as {@code [4, id]}) and 19's (no line ids, taxes as ids,
 * negative change). Stateless.
 */
public final class TranscriptOrders {

    private TranscriptOrders() {
    }

    /** @param order the {@code data} of a 14-17 element, or an 18 order dict */
    public static PaidOrder paidOrder(JsonNode order) {
        List<OrderLine> lines = new ArrayList<>();
        List<OrderTotals.LineTotals> lineTotals = new ArrayList<>();
        for (JsonNode command : order.get("lines")) {
            JsonNode l = command.get(2);
            // 19's lines carry no id (a new record's local id is not sent): number them in order.
            int lineId = l.has("id") ? l.get("id").asInt() : lines.size() + 1;
            lines.add(new OrderLine(lineId, l.get("product_id").asLong(),
                    l.get("full_product_name").asText(), l.get("qty").decimalValue(),
                    l.get("price_unit").decimalValue(), l.get("discount").decimalValue(), taxIds(l.get("tax_ids"))));
            lineTotals.add(new OrderTotals.LineTotals(lineId, l.get("price_subtotal").decimalValue(),
                    l.get("price_subtotal_incl").decimalValue()));
        }
        Instant paid = order.has("creation_date") ? Instant.parse(order.get("creation_date").asText())
                : odooTime(order.get("date_order").asText());
        boolean flat = order.has("payment_ids");
        List<PaymentLine> payments = new ArrayList<>();
        BigDecimal tendered = BigDecimal.ZERO;
        for (JsonNode command : order.get(flat ? "payment_ids" : "statement_ids")) {
            JsonNode p = command.get(2);
            BigDecimal amount = p.get("amount").decimalValue();
            tendered = tendered.add(amount);
            payments.add(new PaymentLine(p.get("payment_method_id").asLong(), "Method", p.get("payment_method_id")
                    .asLong() == 1, amount, odooTime(p.get(flat ? "payment_date" : "name").asText())));
        }
        BigDecimal total = order.get("amount_total").decimalValue();
        BigDecimal tax = order.get("amount_tax").decimalValue();
        // 19 sends the change negative (v19 300); the till stores it as the positive amount handed back.
        BigDecimal change = order.get("amount_return").decimalValue().abs();
        OrderTotals totals = new OrderTotals(lineTotals, List.of(), total.subtract(tax), tax, total);
        String[] uid = (flat ? order.get("pos_reference") : order.get("uid")).asText().split("-");
        // 19's reference is "<YY><device>-<config>-<NNNNNN>": the till's uid is session, device, number.
        OrderUid identity = order.has("tracking_number")
                ? new OrderUid(order.get("session_id").asLong(), Integer.parseInt(uid[0].substring(2)),
                        Integer.parseInt(uid[2]))
                : new OrderUid(Long.parseLong(uid[0]), Integer.parseInt(uid[1]), Integer.parseInt(uid[2]));
        return new PaidOrder(identity, paid.minusSeconds(30), paid, order.path("partner_id").isIntegralNumber()
                ? order.get("partner_id").asLong() : null, lines, payments, totals, tendered.subtract(change), change);
    }

    /** {@code [[6, false, [ids]]]} (14-17), {@code [[4, id], ...]} (18) or a plain id list (19). */
    private static List<Long> taxIds(JsonNode commands) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode command : commands) {
            if (command.isNumber()) {
                ids.add(command.asLong());
            } else if (command.get(0).asInt() == 6) {
                command.get(2).forEach(id -> ids.add(id.asLong()));
            } else {
                ids.add(command.get(1).asLong());
            }
        }
        return ids;
    }

    /** Odoo's {@code YYYY-MM-DD HH:MM:SS} (UTC), or the ISO text a web POS may send (v17 350). */
    private static Instant odooTime(String text) {
        return text.endsWith("Z") ? Instant.parse(text)
                : LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
