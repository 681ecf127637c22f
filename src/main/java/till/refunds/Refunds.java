package till.refunds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import till.catalog.Catalog;
import till.catalog.PaymentMethod;
import till.order.OrderCalculator;
import till.order.OrderLine;
import till.order.OrderNumbers;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.order.PaymentLine;
import till.order.RefundLink;
import till.outbox.Outbox;

/**
 * Makes refunds of this till's paid orders: finds the original, says what is left to refund of each line (this till's
 * stored refunds and, when the server can say, its {@code refunded_qty}), and commits a refund as a paid order with
 * negative quantities at the original's prices, discounts and taxes, each line linked to the line it gives back
 * ({@link RefundLink}). The refund goes into the same durable outbox as a sale, so it is sent once; it returns only
 * after the commit. A refund over what is left is refused in words before anything is stored. Shared by the refund
 * screen and {@code till refund}. Thread-safe (one lock over check and commit, so two refunds of one line in this
 * process cannot both pass); blocks on the disk and, for the server's count, the network.
 */
public final class Refunds {

    private static final String NAME_PREFIX = "Order ";

    private final Supplier<Catalog> catalog;
    private final RefundHistory history;
    private final ServerRefunds server;
    private final OrderNumbers numbers;
    private final Outbox outbox;
    private final Clock clock;

    public Refunds(Supplier<Catalog> catalog, RefundHistory history, ServerRefunds server, OrderNumbers numbers,
                   Outbox outbox, Clock clock) {
        this.catalog = catalog;
        this.history = history;
        this.server = server;
        this.numbers = numbers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The original order and what is left to refund of each line.
     *
     * @param order its uid, its name ({@code Order <uid>}) or the receipt's barcode (the uid)
     * @throws RefundRefused when this till has no such paid order, or it is itself a refund
     */
    public Refundable refundable(String order) throws RefundRefused {
        String uid = uidOf(order);
        PaidOrder original = history.paidOrder(uid).orElseThrow(() -> new RefundRefused(RefundRefused.Reason.NO_ORDER,
                "No paid order " + uid + " on this till: scan the receipt's barcode or type its reference (as on the"
                        + " receipt).", uid));
        if (original.lines().stream().anyMatch(l -> l.refundOf() != null)) {
            throw new RefundRefused(RefundRefused.Reason.IS_REFUND, "Order " + uid + " is itself a refund; a refund"
                    + " cannot be refunded.", uid);
        }
        Map<Integer, BigDecimal> local = history.refunded(uid);
        Optional<Map<Integer, BigDecimal>> remote = server.refunded(original);
        List<RefundableLine> lines = new ArrayList<>();
        for (OrderLine line : original.lines()) {
            BigDecimal refunded = local.getOrDefault(line.lineId(), BigDecimal.ZERO);
            if (remote.isPresent()) {
                refunded = refunded.max(remote.get().getOrDefault(line.lineId(), BigDecimal.ZERO));
            }
            BigDecimal left = line.qty().signum() > 0 ? line.qty().subtract(refunded).max(BigDecimal.ZERO)
                    : BigDecimal.ZERO;
            lines.add(new RefundableLine(line, refunded, left));
        }
        return new Refundable(original, lines, remote.isPresent());
    }

    /**
     * Checks the request against what is left and commits the refund to the outbox; returns once it is durable.
     *
     * @throws RefundRefused with the cashier's words when nothing, an unknown line, or more than is left would be
     *                       refunded, or the payment method is unknown; nothing is stored then
     */
    public synchronized PaidOrder refund(RefundRequest request) throws RefundRefused {
        Catalog now = catalog.get();
        PaidOrder refund = build(request, now, numbers.next(now.settings().sessionId(),
                now.settings().loginNumber()));
        outbox.commitPaid(refund);
        return refund;
    }

    /**
     * The refund as {@link #refund} would commit it, without committing it or taking a number: what the screen shows
     * before the cashier confirms (the total to pay out).
     *
     * @throws RefundRefused as {@link #refund} would
     */
    public PaidOrder preview(RefundRequest request) throws RefundRefused {
        Catalog now = catalog.get();
        return build(request, now, new OrderUid(now.settings().sessionId(), now.settings().loginNumber(), 0));
    }

    private PaidOrder build(RefundRequest request, Catalog now, OrderUid identity) throws RefundRefused {
        Refundable refundable = refundable(request.order());
        PaymentMethod method = now.paymentMethod(request.paymentMethodId()).orElseThrow(() -> new RefundRefused(
                RefundRefused.Reason.NO_METHOD, "No payment method " + request.paymentMethodId() + " at this till.",
                String.valueOf(request.paymentMethodId())));
        List<OrderLine> lines = lines(refundable, request);
        OrderCalculator calculator = OrderCalculator.of(now);
        OrderTotals totals = calculator.totals(lines);
        Instant at = clock.instant();
        List<PaymentLine> payments = List.of(new PaymentLine(method.id(), method.name(), method.cash(),
                totals.total(), at));
        Optional<String> refusal = calculator.whyNotPayable(lines, totals, payments);
        if (refusal.isPresent()) {
            throw new RefundRefused(refusal.get());
        }
        return new PaidOrder(identity, at, at, refundable.original().customerId(), lines, payments, totals,
                totals.total(), BigDecimal.ZERO.setScale(totals.total().scale()));
    }

    /** The refund's lines, numbered from 1 in the original's order; refuses what is not left to refund. */
    private static List<OrderLine> lines(Refundable refundable, RefundRequest request) throws RefundRefused {
        for (Integer lineId : request.quantities().keySet()) {
            if (refundable.line(lineId).isEmpty()) {
                throw new RefundRefused(RefundRefused.Reason.NO_LINE, "Order " + refundable.original().uid()
                        + " has no line " + lineId + ".", refundable.original().uid(), String.valueOf(lineId));
            }
        }
        List<OrderLine> lines = new ArrayList<>();
        for (RefundableLine candidate : refundable.lines()) {
            BigDecimal qty = request.quantities().get(candidate.lineId());
            if (qty == null || qty.signum() == 0) {
                continue;
            }
            if (qty.signum() < 0) {
                throw new RefundRefused(RefundRefused.Reason.NEGATIVE, "Give the quantity to refund as a positive"
                        + " number, not " + qty.toPlainString() + ".", qty.toPlainString());
            }
            if (qty.compareTo(candidate.left()) > 0) {
                throw overRefund(candidate, qty);
            }
            OrderLine sold = candidate.line();
            lines.add(new OrderLine(lines.size() + 1, sold.productId(), sold.productName(), qty.negate(),
                    sold.priceUnit(), sold.discount(), sold.taxIds(),
                    new RefundLink(refundable.original().uid(), sold.lineId(),
                            refundable.original().lines().indexOf(sold))));
        }
        if (lines.isEmpty()) {
            throw new RefundRefused(RefundRefused.Reason.NOTHING_CHOSEN, "Choose at least one line and a quantity"
                    + " to refund.");
        }
        return lines;
    }

    private static RefundRefused overRefund(RefundableLine line, BigDecimal qty) {
        String id = String.valueOf(line.lineId());
        String product = line.line().productName();
        String sold = line.sold().stripTrailingZeros().toPlainString();
        String what = "Line " + id + " (" + product + ")";
        if (line.left().signum() == 0) {
            String refunded = line.refunded().stripTrailingZeros().toPlainString();
            return new RefundRefused(RefundRefused.Reason.ALREADY_REFUNDED, what + " is already refunded in full ("
                    + refunded + " of " + sold + ").", id, product, refunded, sold);
        }
        String left = line.left().stripTrailingZeros().toPlainString();
        String asked = qty.stripTrailingZeros().toPlainString();
        return new RefundRefused(RefundRefused.Reason.OVER_REFUND, what + ": only " + left + " of " + sold
                + " can still be refunded, not " + asked + ".", id, product, left, sold, asked);
    }

    /** The uid in what was typed or scanned: {@code Order <uid>} as printed, or the uid itself. */
    static String uidOf(String order) {
        String text = order == null ? "" : order.strip();
        return text.startsWith(NAME_PREFIX) ? text.substring(NAME_PREFIX.length()).strip() : text;
    }
}
