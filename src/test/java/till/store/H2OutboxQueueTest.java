package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.OutboxEntry;
import till.outbox.OutboxQueue;
import till.outbox.OutboxState;
import till.order.PaidOrder;

class H2OutboxQueueTest {

    @TempDir
    Path dir;

    @Test
    void claimTakesTheOldestWaitingOrdersMarksThemSendingAndCountsTheAttempt() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            List<PaidOrder> paid = pay(store, 4);
            OutboxQueue queue = store.outboxQueue();

            List<PaidOrder> first = queue.claim(2, Set.of());
            List<PaidOrder> second = queue.claim(5, Set.of(paid.get(2).uid()));

            assertThat(first).isEqualTo(paid.subList(0, 2));
            assertThat(second).containsExactly(paid.get(3));
            assertThat(queue.claim(5, Set.of(paid.get(2).uid()))).isEmpty();
            assertThat(store.outbox().list()).extracting(OutboxEntry::state).containsExactly(OutboxState.SENDING,
                    OutboxState.SENDING, OutboxState.WAITING, OutboxState.SENDING);
            assertThat(store.outbox().list()).extracting(OutboxEntry::attempts).containsExactly(1, 1, 0, 1);
            assertThat(store.outbox().summary().unsent()).isEqualTo(4);
        }
    }

    @Test
    void peekReadsWaitingOrdersWithoutChangingThemAndAClaimOfThemLeavesOutWhatWasClaimedMeanwhile() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            List<PaidOrder> paid = pay(store, 4);
            OutboxQueue queue = store.outboxQueue();

            List<PaidOrder> peeked = queue.peek(3, Set.of(paid.get(0).uid()));
            assertThat(peeked).isEqualTo(paid.subList(1, 4));
            assertThat(store.outbox().list()).allMatch(e -> e.state() == OutboxState.WAITING && e.attempts() == 0);

            assertThat(queue.claim(2, Set.of())).isEqualTo(paid.subList(0, 2));
            assertThat(queue.claim(peeked)).as("order 2 was claimed after the peek").isEqualTo(paid.subList(2, 4));
            assertThat(queue.claim(peeked)).as("nothing is claimed twice").isEmpty();
            assertThat(store.outbox().list()).extracting(OutboxEntry::attempts).containsExactly(1, 1, 1, 1);
        }
    }

    @Test
    void sentRejectedAndReleasedOrdersKeepTheirStateAcrossARestart() {
        List<PaidOrder> paid;
        try (TillStore store = StoreTestSupport.open(dir)) {
            paid = pay(store, 3);
            OutboxQueue queue = store.outboxQueue();
            queue.claim(3, Set.of());
            queue.markSent(List.of(paid.get(0).uid()));
            queue.markRejected(paid.get(1).uid(), "Demo fault: the server refuses it.");
            queue.release(List.of(paid.get(2).uid()), "The server did not answer within 31 s.");
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::state, OutboxEntry::lastError).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(OutboxState.SENT, ""),
                    org.assertj.core.groups.Tuple.tuple(OutboxState.REJECTED, "Demo fault: the server refuses it."),
                    org.assertj.core.groups.Tuple.tuple(OutboxState.WAITING, "The server did not answer within 31 s."));
            assertThat(store.outbox().summary().unsent()).isEqualTo(1);
            assertThat(store.outbox().summary().rejected()).isEqualTo(1);
            assertThat(store.outbox().summary().lastError()).isEqualTo("The server did not answer within 31 s.");
        }
    }

    @Test
    void markingOnlyMovesOrdersThatAreBeingSent() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            PaidOrder order = pay(store, 1).get(0);

            store.outboxQueue().markSent(List.of(order.uid()));

            assertThat(store.outbox().list().get(0).state()).isEqualTo(OutboxState.WAITING);
        }
    }

    @Test
    void recoveryMarksOrdersLeftSendingAsOfUnknownOutcomeSinceTheirClaim() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            pay(store, 3);
            store.outboxQueue().claim(2, Set.of());
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outboxQueue().recoverInterrupted()).isEqualTo(2);
            // The send a crash cut short may have reached the server: not sent again before a lookup.
            assertThat(store.outbox().list()).extracting(e -> e.state()).containsExactly(OutboxState.UNKNOWN,
                    OutboxState.UNKNOWN, OutboxState.WAITING);
            assertThat(store.outbox().list().get(0).unknownSince()).contains(StoreTestSupport.CLOCK.instant());
            assertThat(store.outboxQueue().claim(3, Set.of())).hasSize(1);
            assertThat(store.outboxQueue().recoverInterrupted()).as("only the one claimed since").isEqualTo(1);
            assertThat(store.outboxQueue().recoverInterrupted()).isZero();
        }
    }

    @Test
    void retryingPutsOneOrEveryRejectedOrderBackToWaiting() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            List<PaidOrder> paid = pay(store, 3);
            OutboxQueue queue = store.outboxQueue();
            queue.claim(3, Set.of());
            paid.forEach(o -> queue.markRejected(o.uid(), "no"));

            assertThat(queue.retryRejected(paid.get(1).uid())).isEqualTo(1);
            assertThat(store.outbox().list()).extracting(OutboxEntry::state).containsExactly(OutboxState.REJECTED,
                    OutboxState.WAITING, OutboxState.REJECTED);
            assertThat(queue.retryRejected(null)).isEqualTo(2);
            assertThat(store.outbox().list()).allMatch(e -> e.state() == OutboxState.WAITING);
        }
    }

    @Test
    void aVeryLongServerMessageIsCutToWhatTheColumnHolds() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            PaidOrder order = pay(store, 1).get(0);
            store.outboxQueue().claim(1, Set.of());

            store.outboxQueue().markRejected(order.uid(), "x".repeat(5000));

            assertThat(store.outbox().list().get(0).lastError()).hasSize(4000);
        }
    }

    private static List<PaidOrder> pay(TillStore store, int count) {
        List<PaidOrder> orders = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            PaidOrder order = StoreFixtures.paidOrder(i, i + ".00");
            store.outbox().commitPaid(order);
            orders.add(order);
        }
        return orders;
    }
}
