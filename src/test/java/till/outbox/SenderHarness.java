package till.outbox;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import till.store.TillStore;
import till.testsupport.MutableClock;
import till.testsupport.PaidOrders;

/**
 * An order sender on a real H2 store in a temp directory, with a fake server, a fake sleeper and a clock the test
 * moves. Back-off jitter is fixed at the middle. Not thread-safe: one test thread.
 */
final class SenderHarness implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final FakeSleeper sleeper = new FakeSleeper(clock);
    final FakeServerTransport server = new FakeServerTransport();
    final List<SenderStatus> published = new ArrayList<>();
    final TillStore store;
    OrderSender sender;

    SenderHarness(Path dir) {
        store = TillStore.open(dir, clock);
        sender = newSender();
    }

    OrderSender newSender() {
        OrderSender made = new OrderSender(store.outboxQueue(), server, sleeper,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5), clock);
        made.addListener(status -> {
            synchronized (published) {
                published.add(status);
            }
        }, Runnable::run);
        return made;
    }

    /** Pays {@code count} orders of session 7, sequence numbers from {@code first}; returns them oldest first. */
    List<PaidOrder> pay(int first, int count) {
        List<PaidOrder> orders = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            PaidOrder order = PaidOrders.paid(7, i, 11, "2.50", 1, T0.plusSeconds(i));
            store.outbox().commitPaid(order);
            orders.add(order);
        }
        return orders;
    }

    List<String> names(List<PaidOrder> orders) {
        return orders.stream().map(PaidOrder::name).toList();
    }

    OutboxState state(PaidOrder order) {
        return store.outbox().list().stream().filter(e -> e.uid().equals(order.uid())).findFirst().orElseThrow()
                .state();
    }

    OutboxEntry entry(PaidOrder order) {
        return store.outbox().list().stream().filter(e -> e.uid().equals(order.uid())).findFirst().orElseThrow();
    }

    @Override
    public void close() throws InterruptedException {
        sender.stop(Duration.ofSeconds(10));
        store.close();
    }
}
