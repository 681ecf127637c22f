package till.register;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import till.catalog.Catalog;
import till.order.OpenOrder;
import till.order.OpenOrders;
import till.order.OrderNumbers;
import till.order.OrderTotals;
import till.order.PaymentStatus;
import till.outbox.Outbox;
import till.outbox.PaidOrder;

/**
 * The selling logic shared by the till screen and {@code till simulate}: ring up, edit, pay. Every method that
 * changes an order persists the new value before returning it. Thread-safe; blocks on the disk, so the JavaFX
 * thread hands calls to an I/O executor.
 *
 * <p>API contract for the parallel work of the foundation issue; bodies are filled by the order feature.
 */
public final class Register {

    private final Supplier<Catalog> catalog;
    private final OpenOrders openOrders;
    private final OrderNumbers numbers;
    private final Outbox outbox;
    private final Clock clock;

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
        throw new UnsupportedOperationException("todo");
    }

    /** Starts an order with a fresh, durably reserved identity. */
    public OpenOrder newOrder() {
        throw new UnsupportedOperationException("todo");
    }

    /** Adds one unit of the product (merging into an existing plain line of the same product, as Odoo does). */
    public OpenOrder addProduct(OpenOrder order, long productId) {
        throw new UnsupportedOperationException("todo");
    }

    /** Adds the product with this barcode; empty when no product has it (the order is unchanged). */
    public Optional<OpenOrder> addBarcode(OpenOrder order, String barcode) {
        throw new UnsupportedOperationException("todo");
    }

    public OpenOrder setQuantity(OpenOrder order, int lineId, BigDecimal qty) {
        throw new UnsupportedOperationException("todo");
    }

    /** @param percent 0 to 100 */
    public OpenOrder setDiscount(OpenOrder order, int lineId, BigDecimal percent) {
        throw new UnsupportedOperationException("todo");
    }

    public OpenOrder setPrice(OpenOrder order, int lineId, BigDecimal priceUnit) {
        throw new UnsupportedOperationException("todo");
    }

    public OpenOrder removeLine(OpenOrder order, int lineId) {
        throw new UnsupportedOperationException("todo");
    }

    /** @param customerId null to remove the customer */
    public OpenOrder setCustomer(OpenOrder order, Long customerId) {
        throw new UnsupportedOperationException("todo");
    }

    /** Adds a payment line; amount null means "the remaining amount". */
    public OpenOrder addPayment(OpenOrder order, long paymentMethodId, BigDecimal amount) {
        throw new UnsupportedOperationException("todo");
    }

    /** @param index 0-based position in {@link OpenOrder#payments()} */
    public OpenOrder setPaymentAmount(OpenOrder order, int index, BigDecimal amount) {
        throw new UnsupportedOperationException("todo");
    }

    public OpenOrder removePayment(OpenOrder order, int index) {
        throw new UnsupportedOperationException("todo");
    }

    public OrderTotals totals(OpenOrder order) {
        throw new UnsupportedOperationException("todo");
    }

    public PaymentStatus paymentStatus(OpenOrder order) {
        throw new UnsupportedOperationException("todo");
    }

    /**
     * Pays the order: returns only after the paid order is durably committed to the outbox.
     *
     * @throws NotPaidException when the payments do not cover the total, or only non-cash tender exceeds it
     */
    public PaidOrder pay(OpenOrder order) throws NotPaidException {
        throw new UnsupportedOperationException("todo");
    }

    /** Abandons an unpaid order. */
    public void discard(OpenOrder order) {
        throw new UnsupportedOperationException("todo");
    }
}
