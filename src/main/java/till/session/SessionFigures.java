package till.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import till.catalog.PaymentMethod;
import till.order.OrderTotals.TaxAmount;
import till.order.PaidOrder;
import till.order.PaymentLine;

/**
 * A POS session's figures from the till's own orders, the ones the closing screen, {@code till session status} and
 * the Z report show: what each payment method should hold, the totals per tax, the order count, the refunds, and the
 * orders the server has not confirmed yet. Computed from the store, never from the server, because the till is the
 * only one that knows what it still holds. Immutable.
 *
 * @param openingCash what the drawer held when the session opened (the server's count; zero when unknown)
 * @param methods     per payment method of the POS (and any other an order used), in the POS's order
 * @param taxes       per tax, the amount the session's orders carry
 * @param total       the sum of the orders' totals
 * @param refunds     how many orders have a negative total
 * @param refundTotal their sum (negative or zero)
 * @param unsent      the session's orders not confirmed by the server, oldest first
 * @param cashMoves   the session's cash ins and outs, oldest first (already counted in the cash method's expected)
 */
public record SessionFigures(long sessionId, BigDecimal openingCash, int orderCount, List<MethodTotal> methods,
                             List<TaxAmount> taxes, BigDecimal total, int refunds, BigDecimal refundTotal,
                             List<UnsentOrder> unsent, List<CashMove> cashMoves) {

    public SessionFigures {
        methods = List.copyOf(methods);
        taxes = List.copyOf(taxes);
        unsent = List.copyOf(unsent);
        cashMoves = List.copyOf(cashMoves);
    }

    /** Figures without cash moves. */
    public SessionFigures(long sessionId, BigDecimal openingCash, int orderCount, List<MethodTotal> methods,
                          List<TaxAmount> taxes, BigDecimal total, int refunds, BigDecimal refundTotal,
                          List<UnsentOrder> unsent) {
        this(sessionId, openingCash, orderCount, methods, taxes, total, refunds, refundTotal, unsent, List.of());
    }

    /**
     * The figures of {@link #of(long, BigDecimal, List, List)} with the session's cash moves: each one's signed
     * amount goes into the cash method's expected amount, as Odoo counts them in the expected cash.
     */
    public static SessionFigures of(long sessionId, BigDecimal openingCash, List<PaymentMethod> configured,
                                    List<SessionOrder> orders, List<CashMove> cashMoves) {
        SessionFigures base = of(sessionId, openingCash, configured, orders);
        if (cashMoves.isEmpty()) {
            return base;
        }
        Map<Long, MethodTotal> methods = new LinkedHashMap<>();
        base.methods().forEach(m -> methods.put(m.methodId(), m));
        BigDecimal net = cashMoves.stream().map(CashMove::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<MethodTotal> cash = firstCash(methods);
        add(methods, cash.map(MethodTotal::methodId).orElse(0L), cash.map(MethodTotal::name).orElse("Cash"), true,
                net);
        return new SessionFigures(sessionId, openingCash, base.orderCount(), List.copyOf(methods.values()),
                base.taxes(), base.total(), base.refunds(), base.refundTotal(), base.unsent(), cashMoves);
    }

    /**
     * @param configured the POS's payment methods, so a method nobody paid with still shows (cash: the opening cash)
     */
    public static SessionFigures of(long sessionId, BigDecimal openingCash, List<PaymentMethod> configured,
                                    List<SessionOrder> orders) {
        Map<Long, MethodTotal> methods = new LinkedHashMap<>();
        for (PaymentMethod m : configured) {
            methods.put(m.id(), new MethodTotal(m.id(), m.name(), m.cash(), BigDecimal.ZERO));
        }
        Map<Long, TaxAmount> taxes = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal refundTotal = BigDecimal.ZERO;
        int refunds = 0;
        List<UnsentOrder> unsent = new ArrayList<>();
        for (SessionOrder o : orders) {
            PaidOrder order = o.order();
            addPayments(methods, order);
            order.totals().taxes().forEach(t -> taxes.merge(t.taxId(), t, (a, b) ->
                    new TaxAmount(a.taxId(), a.name(), a.amount().add(b.amount()))));
            total = total.add(order.totals().total());
            if (order.totals().total().signum() < 0) {
                refunds++;
                refundTotal = refundTotal.add(order.totals().total());
            }
            if (!o.confirmed()) {
                unsent.add(new UnsentOrder(order.uid(), order.name(), o.state(), order.totals().total(),
                        o.lastError()));
            }
        }
        addOpeningCash(methods, openingCash);
        return new SessionFigures(sessionId, openingCash, orders.size(), List.copyOf(methods.values()),
                List.copyOf(taxes.values()), total, refunds, refundTotal, unsent);
    }

    /** Change is given from the drawer: it comes off the cash method the order was paid in cash with. */
    private static void addPayments(Map<Long, MethodTotal> methods, PaidOrder order) {
        Optional<Long> cashMethod = Optional.empty();
        for (PaymentLine p : order.payments()) {
            add(methods, p.paymentMethodId(), p.methodName(), p.cash(), p.amount());
            if (p.cash() && cashMethod.isEmpty()) {
                cashMethod = Optional.of(p.paymentMethodId());
            }
        }
        if (order.amountReturn().signum() != 0) {
            long id = cashMethod.orElseGet(() -> firstCash(methods).map(MethodTotal::methodId).orElse(0L));
            add(methods, id, "Cash", true, order.amountReturn().negate());
        }
    }

    private static void addOpeningCash(Map<Long, MethodTotal> methods, BigDecimal openingCash) {
        Optional<MethodTotal> cash = firstCash(methods);
        if (cash.isPresent()) {
            add(methods, cash.get().methodId(), cash.get().name(), true, openingCash);
        } else if (openingCash.signum() != 0) {
            add(methods, 0, "Cash", true, openingCash);
        }
    }

    private static Optional<MethodTotal> firstCash(Map<Long, MethodTotal> methods) {
        return methods.values().stream().filter(MethodTotal::cash).findFirst();
    }

    private static void add(Map<Long, MethodTotal> methods, long id, String name, boolean cash, BigDecimal amount) {
        methods.merge(id, new MethodTotal(id, name, cash, amount), (a, b) ->
                new MethodTotal(a.methodId(), a.name(), a.cash(), a.expected().add(b.expected())));
    }

    /** The cash method's expected amount: what the cashier should count in the drawer. */
    public BigDecimal expectedCash() {
        return methods.stream().filter(MethodTotal::cash).findFirst().map(MethodTotal::expected)
                .orElse(BigDecimal.ZERO);
    }

    /** The session's cash moves the server has not confirmed yet: they block a close as unsent orders do. */
    public List<CashMove> unsentCashMoves() {
        return cashMoves.stream().filter(m -> !m.confirmed()).toList();
    }

    /** The net of the cash moves: ins minus outs. */
    public BigDecimal cashMovesNet() {
        return cashMoves.stream().map(CashMove::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Whether every order and every cash move of the session is confirmed by the server, so that closing loses
     * none.
     */
    public boolean allConfirmed() {
        return unsent.isEmpty() && unsentCashMoves().isEmpty();
    }
}
