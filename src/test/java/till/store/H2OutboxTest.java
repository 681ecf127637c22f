package till.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.OutboxSummary;
import till.order.PaidOrder;

class H2OutboxTest {

    @TempDir
    Path dir;

    @Test
    void payingMovesTheOpenOrderToTheOutboxAsWaiting() {
        PaidOrder paid = StoreFixtures.paidOrder(1, "5.00");
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.openOrders().save(StoreFixtures.openOrder(1));
            store.openOrders().save(StoreFixtures.openOrder(2));
            store.outbox().commitPaid(paid);
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.openOrders().all()).containsExactly(StoreFixtures.openOrder(2));
            assertThat(store.outbox().find(paid.uid())).contains(paid);
            assertThat(store.outbox().list()).containsExactly(new OutboxEntry(paid.uid(), paid.name(),
                    OutboxState.WAITING, new BigDecimal("5.00"), paid.paidAt(), 0, ""));
        }
    }

    @Test
    void payingTheSameUidTwiceFailsAndChangesNothing() {
        PaidOrder paid = StoreFixtures.paidOrder(1, "5.00");
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(paid);
            store.openOrders().save(StoreFixtures.openOrder(1));
            PaidOrder again = StoreFixtures.paidOrder(1, "9.99");

            assertThatThrownBy(() -> store.outbox().commitPaid(again))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(paid.uid());
            assertThat(store.outbox().find(paid.uid())).contains(paid);
            assertThat(store.outbox().list()).hasSize(1);
            assertThat(store.openOrders().all()).containsExactly(StoreFixtures.openOrder(1));
        }
    }

    @Test
    void listIsOldestPaidFirstAndFindIsEmptyForAnUnknownUid() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "1.00"));
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "2.00"));
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid)
                    .containsExactly(StoreFixtures.uid(2).uid(), StoreFixtures.uid(1).uid());
            assertThat(store.outbox().find("nope")).isEmpty();
        }
    }

    @Test
    void theSummaryCountsUnsentOrdersAndTheirTotal() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().summary()).isEqualTo(
                    new OutboxSummary(0, 0, BigDecimal.ZERO, Optional.empty(), ""));
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "2.50"));
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "1.25"));
            OutboxSummary summary = store.outbox().summary();
            assertThat(summary.unsent()).isEqualTo(2);
            assertThat(summary.unsentAmount()).isEqualByComparingTo("3.75");
            assertThat(summary.oldestUnsent()).contains(StoreFixtures.paidOrder(1, "2.50").paidAt());
            assertThat(summary.allSent()).isFalse();
        }
    }
}
