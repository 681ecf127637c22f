package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.order.OpenOrder;

class H2OpenOrdersTest {

    @TempDir
    Path dir;

    @Test
    void savedOrdersComeBackOldestFirstAfterARestart() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.openOrders().save(StoreFixtures.openOrder(2));
            store.openOrders().save(StoreFixtures.openOrder(1));
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.openOrders().all()).extracting(OpenOrder::uid)
                    .containsExactly(StoreFixtures.uid(1).uid(), StoreFixtures.uid(2).uid());
        }
    }

    @Test
    void savingAgainReplacesTheOrderWithTheSameUid() {
        OpenOrder order = StoreFixtures.openOrder(1);
        OpenOrder changed = order.withCustomer(5L).removeLine(1);
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.openOrders().save(order);
            store.openOrders().save(changed);
            assertThat(store.openOrders().all()).containsExactly(changed);
        }
    }

    @Test
    void aDiscardedOrderIsGone() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.openOrders().save(StoreFixtures.openOrder(1));
            store.openOrders().save(StoreFixtures.openOrder(2));
            store.openOrders().discard(StoreFixtures.uid(1).uid());
            assertThat(store.openOrders().all()).containsExactly(StoreFixtures.openOrder(2));
        }
    }
}
