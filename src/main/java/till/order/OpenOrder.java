package till.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order being rung up: not paid yet, may be parked and resumed, survives a restart. Immutable; every change
 * returns a new value.
 *
 * @param customerId the selected customer, or null
 */
public record OpenOrder(
        OrderUid identity,
        Instant createdAt,
        Long customerId,
        List<OrderLine> lines,
        List<PaymentLine> payments) {

    public OpenOrder {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    public static OpenOrder start(OrderUid identity, Instant now) {
        return new OpenOrder(identity, now, null, List.of(), List.of());
    }

    public String uid() {
        return identity.uid();
    }

    public OpenOrder withLines(List<OrderLine> newLines) {
        return new OpenOrder(identity, createdAt, customerId, newLines, payments);
    }

    public OpenOrder withPayments(List<PaymentLine> newPayments) {
        return new OpenOrder(identity, createdAt, customerId, lines, newPayments);
    }

    public OpenOrder withCustomer(Long newCustomerId) {
        return new OpenOrder(identity, createdAt, newCustomerId, lines, payments);
    }

    /** Adds a line numbered after the highest existing one. */
    public OpenOrder plusLine(OrderLine line) {
        int next = lines.stream().mapToInt(OrderLine::lineId).max().orElse(0) + 1;
        List<OrderLine> copy = new ArrayList<>(lines);
        copy.add(new OrderLine(next, line.productId(), line.productName(), line.qty(), line.priceUnit(),
                line.discount(), line.taxIds()));
        return withLines(copy);
    }

    public OpenOrder replaceLine(OrderLine line) {
        return withLines(lines.stream().map(l -> l.lineId() == line.lineId() ? line : l).toList());
    }

    public OpenOrder removeLine(int lineId) {
        return withLines(lines.stream().filter(l -> l.lineId() != lineId).toList());
    }
}
