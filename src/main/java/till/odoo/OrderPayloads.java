package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * The payload of a paid order for the server's version, as that version's web POS exports it ({@link WebPos15Order},
 * {@link WebPos17Order}, {@link WebPos18Order}); built from the stored order only, so every resend is the same JSON.
 * Also what the builders share: Odoo's date form and the line totals. Stateless.
 */
public final class OrderPayloads {

    /** Odoo's datetime text, UTC: what 17's {@code date_order} and every payment date must be (v18 350, 355). */
    static final DateTimeFormatter ODOO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    /** The web POS sends {@code creation_date} as JavaScript's {@code toISOString()}; 13-16 accept it (350). */
    static final DateTimeFormatter CREATION_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** The payment line's date, UTC {@code YYYY-MM-DD HH:MM:SS}: the only form a payment date takes (355). */
    static final DateTimeFormatter PAYMENT_DATE = ODOO_DATE;

    private OrderPayloads() {
    }

    /** The order for this POS context, in the form of {@code pos.profile()}'s order call. */
    public static ObjectNode build(PaidOrder order, PosContext pos) {
        return pos.profile().orders().payload(order, pos);
    }

    /**
     * The totals of each of the order's lines; a line without totals fails naming the order (a stored order always
     * has them).
     */
    static Function<OrderLine, OrderTotals.LineTotals> lineTotals(PaidOrder order) {
        Map<Integer, OrderTotals.LineTotals> byLine = order.totals().lines().stream()
                .collect(Collectors.toMap(OrderTotals.LineTotals::lineId, Function.identity()));
        return line -> {
            OrderTotals.LineTotals t = byLine.get(line.lineId());
            if (t == null) {
                throw new IllegalArgumentException("order " + order.uid() + " has no totals for line "
                        + line.lineId());
            }
            return t;
        };
    }

    /** A payment's date: its own time, or the order's paid time for payments stored without one. */
    static Instant paymentTime(Instant at, PaidOrder order) {
        return at == null ? order.paidAt() : at;
    }

    /** A many2one value: the id, or {@code false}. */
    static void putId(ObjectNode data, String key, Long id) {
        if (id == null) {
            data.put(key, false);
        } else {
            data.put(key, id);
        }
    }

    /** What the customer handed over: every payment line's amount (the flat orders of 18 and 19 send it). */
    static BigDecimal tendered(List<PaymentLine> payments) {
        return payments.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
