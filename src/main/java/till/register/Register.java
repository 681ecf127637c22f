package till.register;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import till.catalog.Catalog;
import till.catalog.Customer;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.order.Money;
import till.order.OpenOrder;
import till.order.OpenOrders;
import till.order.OrderCalculator;
import till.order.OrderLine;
import till.order.OrderNumbers;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaymentLine;
import till.order.PaymentStatus;
import till.outbox.Outbox;
import till.order.PaidOrder;

/**
 * The selling logic shared by the till screen and {@code till simulate}: ring up, edit, pay. Every method that
 * changes an order persists the new value before returning it. Thread-safe; blocks on the disk, so the JavaFX
 * thread hands calls to an I/O executor.
 *
 * <p>One lock serialises every change, the save that follows it and the commit of a payment, so two threads never
 * interleave edits of an order, and an order paid here is never saved again as open.
 */
public final class Register {

    private final Supplier<Catalog> catalog;
    private final OpenOrders openOrders;
    private final OrderNumbers numbers;
    private final Outbox outbox;
    private final Clock clock;
    private final Object lock = new Object();
    private final Set<String> paidUids = new HashSet<>();

    public Register(Supplier<Catalog> catalog, OpenOrders openOrders, OrderNumbers numbers, Outbox outbox,
                    Clock clock) {
        this.catalog = catalog;
        this.openOrders = openOrders;
        this.numbers = numbers;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Catalog catalog() {
        return catalog.get();
    }

    /** The open (unpaid) orders, oldest first: what the till resumes after a restart. */
    public List<OpenOrder> openOrders() {
        synchronized (lock) {
            return openOrders.all();
        }
    }

    /** Starts an order with a fresh, durably reserved identity. */
    public OpenOrder newOrder() {
        synchronized (lock) {
            var settings = catalog.get().settings();
            OrderUid identity = numbers.next(settings.sessionId(), settings.loginNumber());
            OpenOrder order = OpenOrder.start(identity, clock.instant());
            openOrders.save(order);
            return order;
        }
    }

    /** Adds one unit of the product (merging into an existing plain line of the same product, as Odoo does). */
    public OpenOrder addProduct(OpenOrder order, long productId) {
        Product product = catalog.get().product(productId)
                .orElseThrow(() -> new IllegalArgumentException("No product with id " + productId + " in the catalog"));
        return change(order, o -> LineEdits.addOne(o, product));
    }

    /** Adds the product with this barcode; empty when no product has it (the order is unchanged). */
    public Optional<OpenOrder> addBarcode(OpenOrder order, String barcode) {
        Objects.requireNonNull(barcode, "barcode");
        return catalog.get().productByBarcode(barcode.strip()).map(p -> addProduct(order, p.id()));
    }

    /** Every edit below throws IllegalArgumentException, saving nothing, when the line or payment is not there. */
    public OpenOrder setQuantity(OpenOrder order, int lineId, BigDecimal qty) {
        Objects.requireNonNull(qty, "qty");
        return change(order, o -> o.replaceLine(LineEdits.line(o, lineId).withQty(qty)));
    }

    /** @param percent 0 to 100 */
    public OpenOrder setDiscount(OpenOrder order, int lineId, BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A discount is between 0 and 100 %, not " + percent.toPlainString());
        }
        return change(order, o -> o.replaceLine(LineEdits.line(o, lineId).withDiscount(percent)));
    }

    public OpenOrder setPrice(OpenOrder order, int lineId, BigDecimal priceUnit) {
        Objects.requireNonNull(priceUnit, "priceUnit");
        return change(order, o -> o.replaceLine(LineEdits.line(o, lineId).withPriceUnit(priceUnit)));
    }

    public OpenOrder removeLine(OpenOrder order, int lineId) {
        return change(order, o -> o.removeLine(LineEdits.line(o, lineId).lineId()));
    }

    /** @param customerId null to remove the customer */
    public OpenOrder setCustomer(OpenOrder order, Long customerId) {
        if (customerId != null) {
            Optional<Customer> customer = catalog.get().customer(customerId);
            if (customer.isEmpty()) {
                throw new IllegalArgumentException("No customer with id " + customerId + " in the catalog");
            }
        }
        return change(order, o -> o.withCustomer(customerId));
    }

    /** Adds a payment line; amount null means "the remaining amount". */
    public OpenOrder addPayment(OpenOrder order, long paymentMethodId, BigDecimal amount) {
        Catalog current = catalog.get();
        PaymentMethod method = current.paymentMethod(paymentMethodId).orElseThrow(
                () -> new IllegalArgumentException("No payment method with id " + paymentMethodId));
        return change(order, o -> {
            BigDecimal tendered = amount != null ? amount : paymentStatus(o).remaining();
            List<PaymentLine> payments = new ArrayList<>(o.payments());
            payments.add(new PaymentLine(method.id(), method.name(), method.cash(),
                    Money.round(tendered, current.settings().currency()), clock.instant()));
            return o.withPayments(payments);
        });
    }

    /** @param index 0-based position in {@link OpenOrder#payments()} */
    public OpenOrder setPaymentAmount(OpenOrder order, int index, BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal rounded = Money.round(amount, catalog.get().settings().currency());
        return change(order, o -> {
            int at = LineEdits.paymentIndex(o, index);
            List<PaymentLine> payments = new ArrayList<>(o.payments());
            payments.set(at, payments.get(at).withAmount(rounded));
            return o.withPayments(payments);
        });
    }

    public OpenOrder removePayment(OpenOrder order, int index) {
        return change(order, o -> {
            List<PaymentLine> payments = new ArrayList<>(o.payments());
            payments.remove(LineEdits.paymentIndex(o, index));
            return o.withPayments(payments);
        });
    }

    public OrderTotals totals(OpenOrder order) {
        return OrderCalculator.of(catalog.get()).totals(order.lines());
    }

    public PaymentStatus paymentStatus(OpenOrder order) {
        OrderCalculator calculator = OrderCalculator.of(catalog.get());
        return calculator.paymentStatus(calculator.totals(order.lines()), order.payments());
    }

    /**
     * Pays the order: returns only after the paid order is durably committed to the outbox.
     *
     * @throws NotPaidException when the payments do not cover the total, or only non-cash tender exceeds it
     * @throws IllegalStateException when this order was already paid
     */
    public PaidOrder pay(OpenOrder order) throws NotPaidException {
        OrderCalculator calculator = OrderCalculator.of(catalog.get());
        synchronized (lock) {
            refuseIfPaid(order);
            OrderTotals totals = calculator.totals(order.lines());
            Optional<String> refusal = calculator.whyNotPayable(order.lines(), totals, order.payments());
            if (refusal.isPresent()) {
                throw new NotPaidException(refusal.get());
            }
            PaymentStatus status = calculator.paymentStatus(totals, order.payments());
            PaidOrder paid = new PaidOrder(order.identity(), order.createdAt(), clock.instant(), order.customerId(),
                    order.lines(), order.payments(), totals, status.paid().subtract(status.change()),
                    status.change());
            // The outbox removes the open order in the same transaction; removing it here could lose the sale.
            outbox.commitPaid(paid);
            paidUids.add(order.uid());
            return paid;
        }
    }

    /**
     * Abandons an unpaid order.
     *
     * @throws IllegalStateException when this order was paid here (the outbox already removed it)
     */
    public void discard(OpenOrder order) {
        synchronized (lock) {
            refuseIfPaid(order);
            openOrders.discard(order.uid());
        }
    }

    private OpenOrder change(OpenOrder order, UnaryOperator<OpenOrder> edit) {
        Objects.requireNonNull(order, "order");
        synchronized (lock) {
            refuseIfPaid(order);
            OpenOrder changed = edit.apply(order);
            openOrders.save(changed);
            return changed;
        }
    }

    private void refuseIfPaid(OpenOrder order) {
        if (paidUids.contains(order.uid())) {
            throw new IllegalStateException("Order " + order.uid() + " is already paid and cannot change");
        }
    }
}
