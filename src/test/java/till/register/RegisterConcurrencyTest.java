package till.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.order.OpenOrder;
import till.order.OpenOrders;
import till.testsupport.FakeOrderNumbers;
import till.testsupport.MutableClock;
import till.testsupport.RecordingOutbox;

class RegisterConcurrencyTest {

    private static final int THREADS = 4;
    private static final int ORDERS_PER_THREAD = 50;

    @Test
    void changesFromManyThreadsReachTheStoreOneAtATime() throws Exception {
        OverlapDetectingOpenOrders store = new OverlapDetectingOpenOrders();
        Catalog catalog = DemoCatalog.load();
        Register register = new Register(() -> catalog, store, new FakeOrderNumbers(), new RecordingOutbox(),
                new MutableClock(Instant.parse("2026-11-29T21:52:37Z")));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ORDERS_PER_THREAD; i++) {
                    register.addProduct(register.newOrder(), 49);
                }
                return null;
            }));
        }

        start.countDown();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(store.maxInFlight.get()).as("saves running at once").isEqualTo(1);
        assertThat(store.orders).hasSize(THREADS * ORDERS_PER_THREAD);
        assertThat(store.orders.values()).allSatisfy(o -> assertThat(o.lines()).hasSize(1));
    }

    /** Counts how many saves run at the same moment; deliberately not synchronized itself. */
    private static final class OverlapDetectingOpenOrders implements OpenOrders {

        final ConcurrentHashMap<String, OpenOrder> orders = new ConcurrentHashMap<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();

        @Override
        public List<OpenOrder> all() {
            return List.copyOf(orders.values());
        }

        @Override
        public void save(OpenOrder order) {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            for (int i = 0; i < 100; i++) {
                Thread.yield();
            }
            orders.put(order.uid(), order);
            inFlight.decrementAndGet();
        }

        @Override
        public void discard(String uid) {
            orders.remove(uid);
        }
    }
}
