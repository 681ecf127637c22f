package till.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import till.worker.Backoff;
import till.outbox.OrderSender;
import till.outbox.OrderTransport;
import till.outbox.OutboxEntry;
import till.outbox.OutboxQueue;
import till.outbox.OutboxState;
import till.order.PaidOrder;
import till.outbox.SenderOptions;
import till.outbox.SenderStatus;
import till.store.TillStore;

/**
 * An order sender on a real H2 store in a temp directory, with the given transport, a fake sleeper and a clock the
 * test moves. Back-off jitter is fixed at the middle, for sends and for restarts after an unexpected failure. The
 * settle time is zero unless a test gives one: orders of unknown outcome are looked up at the next round. Confined to
 * the test thread (the listener list is guarded).
 */
public final class SenderRig implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    public final MutableClock clock = new MutableClock(T0);
    public final FakeSleeper sleeper = new FakeSleeper(clock);
    public final List<SenderStatus> published = new ArrayList<>();
    public final TillStore store;
    public final OrderSender sender;
    private final OrderTransport transport;
    private final UnaryOperator<OutboxQueue> queue;
    private final SenderOptions options;

    public SenderRig(Path dir, OrderTransport transport) {
        this(dir, transport, UnaryOperator.identity());
    }

    /** @param queue wraps the store's queue, e.g. to make it fail */
    public SenderRig(Path dir, OrderTransport transport, UnaryOperator<OutboxQueue> queue) {
        this(dir, transport, queue, Duration.ZERO);
    }

    /**
     * @param queue  wraps the store's queue, e.g. to make it fail
     * @param settle how long after a send of unknown outcome the sender looks its orders up
     */
    public SenderRig(Path dir, OrderTransport transport, UnaryOperator<OutboxQueue> queue, Duration settle) {
        this(dir, transport, queue, SenderOptions.defaults().withSettle(settle));
    }

    /** @param options the settle time and the requests from outside the process */
    public SenderRig(Path dir, OrderTransport transport, UnaryOperator<OutboxQueue> queue, SenderOptions options) {
        this.transport = transport;
        this.queue = queue;
        this.options = options;
        store = TillStore.open(dir, clock);
        sender = newSender();
    }

    /** Another sender on the same store and transport, as after a restart of the till. */
    public OrderSender newSender() {
        OrderSender made = new OrderSender(queue.apply(store.outboxQueue()), transport, sleeper,
                () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5), clock, options);
        made.addListener(status -> {
            synchronized (published) {
                published.add(status);
            }
        }, Runnable::run);
        return made;
    }

    /** Pays {@code count} orders of session 7, sequence numbers from {@code first}; returns them oldest first. */
    public List<PaidOrder> pay(int first, int count) {
        return pay(7, first, count, 11, 1);
    }

    /** Pays {@code count} orders of one product at 2.50 with one payment method; returns them oldest first. */
    public List<PaidOrder> pay(long session, int first, int count, long productId, long paymentMethodId) {
        List<PaidOrder> orders = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            PaidOrder order = PaidOrders.paid(session, i, productId, "2.50", paymentMethodId, T0.plusSeconds(i));
            store.outbox().commitPaid(order);
            orders.add(order);
        }
        return orders;
    }

    public List<String> names(List<PaidOrder> orders) {
        return orders.stream().map(PaidOrder::name).toList();
    }

    public OutboxState state(PaidOrder order) {
        return store.outbox().list().stream().filter(e -> e.uid().equals(order.uid())).findFirst().orElseThrow()
                .state();
    }

    public OutboxEntry entry(PaidOrder order) {
        return store.outbox().list().stream().filter(e -> e.uid().equals(order.uid())).findFirst().orElseThrow();
    }

    @Override
    public void close() throws InterruptedException {
        sender.stop(Duration.ofSeconds(10));
        store.close();
    }
}
