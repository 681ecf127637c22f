package till.outbox;

import till.order.PaidOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.testsupport.SenderRig;
import till.worker.WorkerState;

class OrderSenderTest {

    @TempDir
    Path dir;

    @Test
    void sendsWaitingOrdersOldestFirstInBatchesOfFiftyOneCallAtATime() throws Exception {
        try (Rig h = new Rig(dir)) {
            List<PaidOrder> orders = h.pay(1, 120);
            h.sender.start();

            assertThat(h.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(h.server.calls()).extracting(List::size).containsExactly(50, 50, 20);
            assertThat(h.server.storedNames()).isEqualTo(h.names(orders));
            assertThat(h.server.maxInFlight()).isEqualTo(1);
            assertThat(h.store.outbox().list()).allMatch(e -> e.state() == OutboxState.SENT && e.attempts() == 1);
            SenderStatus status = h.sender.status();
            assertThat(status.allSent()).isTrue();
            assertThat(status.sending()).isFalse();
            assertThat(status.lastFailure()).isEmpty();
        }
    }

    @Test
    void serverDownBacksOffExponentiallyThenSendsEverythingOnce() throws Exception {
        try (Rig h = new Rig(dir)) {
            List<PaidOrder> orders = h.pay(1, 3);
            h.server.failNext(FailureKind.RETRYABLE, "The server at http://x cannot be reached.", 3);
            h.sender.start();

            assertThat(h.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(750));
            SenderStatus down = h.sender.status();
            assertThat(down.unsent()).isEqualTo(3);
            assertThat(down.unsentAmount()).isEqualByComparingTo("7.50");
            assertThat(down.oldestUnsent()).contains(orders.get(0).paidAt());
            assertThat(down.lastFailure()).contains(FailureKind.RETRYABLE);
            assertThat(down.lastError()).contains("cannot be reached");
            assertThat(down.nextRetry()).contains(SenderRig.T0.plusMillis(750));
            assertThat(h.entry(orders.get(0)).lastError()).contains("cannot be reached");
            h.sleeper.elapse();
            assertThat(h.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(1500));
            h.sleeper.elapse();
            assertThat(h.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(3000));
            h.sleeper.elapse();

            assertThat(h.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(h.server.storedNames()).isEqualTo(h.names(orders));
            assertThat(h.sender.status().allSent()).isTrue();
            assertThat(h.sender.status().nextRetry()).isEmpty();
            assertThat(h.entry(orders.get(0)).attempts()).isEqualTo(4);
        }
    }

    @Test
    void aTimedOutCallThatTheServerStoredIsResentAndCountsAsDelivered() throws Exception {
        try (Rig h = new Rig(dir)) {
            List<PaidOrder> orders = h.pay(1, 2);
            h.server.storeThenTimeOut();
            h.sender.start();

            h.sleeper.nextSleep();
            assertThat(h.state(orders.get(0))).isEqualTo(OutboxState.WAITING);
            h.sleeper.elapse();

            h.sleeper.nextSleep();
            assertThat(h.server.calls()).containsExactly(h.names(orders), h.names(orders));
            assertThat(h.server.storedNames()).isEqualTo(h.names(orders));
            assertThat(orders).allMatch(o -> h.state(o) == OutboxState.SENT);
        }
    }

    @Test
    void oneRefusedOrderIsRejectedAloneWithTheServersMessageAndTheOthersAreSent() throws Exception {
        try (Rig h = new Rig(dir)) {
            List<PaidOrder> orders = h.pay(1, 8);
            PaidOrder bad = orders.get(5);
            h.server.refuse(bad.name(), "The server refused the request: no cash journal");
            h.sender.start();

            assertThat(h.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(h.state(bad)).isEqualTo(OutboxState.REJECTED);
            assertThat(h.entry(bad).lastError()).isEqualTo("The server refused the request: no cash journal");
            assertThat(h.server.storedNames()).containsExactlyInAnyOrderElementsOf(
                    h.names(orders).stream().filter(n -> !n.equals(bad.name())).toList());
            // 8 refused -> first 4 stored, last 4 refused -> [5, 6] refused -> 5 stored, 6 rejected -> [7, 8] stored.
            assertThat(h.server.calls()).extracting(List::size).containsExactly(8, 4, 4, 2, 1, 1, 2);
            SenderStatus status = h.sender.status();
            assertThat(status.unsent()).isZero();
            assertThat(status.rejected()).isEqualTo(1);
            assertThat(status.lastFailure()).contains(FailureKind.REJECTED);
            assertThat(status.lastError()).contains("no cash journal");
            assertThat(status.nextRetry()).isEmpty();
        }
    }

    @Test
    void aRejectedOrderIsSentAgainWhenTheCashierRetriesIt() throws Exception {
        try (Rig h = new Rig(dir)) {
            PaidOrder bad = h.pay(1, 1).get(0);
            h.server.refuse(bad.name(), "refused");
            h.sender.start();
            h.sleeper.nextSleep();
            assertThat(h.state(bad)).isEqualTo(OutboxState.REJECTED);

            h.server.accept(bad.name());
            h.sender.retryAllRejected();

            h.sleeper.nextSleep();
            assertThat(h.state(bad)).isEqualTo(OutboxState.SENT);
            assertThat(h.sender.status().allSent()).isTrue();
        }
    }

    @Test
    void aRefusedLoginIsToldApartFromTheNetwork() throws Exception {
        try (Rig h = new Rig(dir)) {
            h.pay(1, 1);
            h.server.failNext(FailureKind.AUTHENTICATION, "Odoo refused the login.", 1);
            h.sender.start();

            h.sleeper.nextSleep();
            SenderStatus status = h.sender.status();
            assertThat(status.lastFailure()).contains(FailureKind.AUTHENTICATION);
            assertThat(status.lastError()).startsWith("The server refused the login: the admin must re-enter the"
                    + " password.");
            assertThat(status.unsent()).isEqualTo(1);
        }
    }

    @Test
    void ordersOfAClosedSessionAreHeldAndTheOthersAreSent() throws Exception {
        try (Rig h = new Rig(dir)) {
            List<PaidOrder> orders = h.pay(1, 4);
            h.server.closeSessionOf(orders.get(0).name());
            h.sender.start();

            assertThat(h.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(750));
            assertThat(h.state(orders.get(0))).isEqualTo(OutboxState.WAITING);
            assertThat(h.server.storedNames()).isEqualTo(h.names(orders.subList(1, 4)));
            SenderStatus status = h.sender.status();
            assertThat(status.unsent()).isEqualTo(1);
            assertThat(status.lastFailure()).contains(FailureKind.SESSION_CLOSED);
            assertThat(status.lastError()).contains("held until the admin decides");
            assertThat(status.nextRetry()).isPresent();
        }
    }

    @Test
    void aHeldOrderIsNotSentAgainInTheSameRoundWhileTheNextBatchIsReadAhead() throws Exception {
        try (Rig h = new Rig(dir)) {
            List<PaidOrder> orders = h.pay(1, 60);
            String held = orders.get(49).name();
            h.server.closeSessionOf(held);
            h.sender.start();

            assertThat(h.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(750));
            List<List<String>> calls = h.server.calls();
            int alone = calls.indexOf(List.of(held));
            assertThat(alone).as("the held order was tried alone").isNotNegative();
            assertThat(calls.subList(alone + 1, calls.size())).as("and not again in that round")
                    .noneMatch(call -> call.contains(held));
            assertThat(h.server.storedNames()).hasSize(59).doesNotContain(held);
            assertThat(h.server.maxInFlight()).isEqualTo(1);
            assertThat(h.state(orders.get(49))).isEqualTo(OutboxState.WAITING);
        }
    }

    @Test
    void theLookAheadThreadEndsWithTheSender() throws Exception {
        try (Rig h = new Rig(dir)) {
            long before = lookaheadThreads();
            h.pay(1, 60);
            h.sender.start();
            h.sleeper.nextSleep();
            assertThat(lookaheadThreads()).isGreaterThan(before);

            assertThat(h.sender.stop(Duration.ofSeconds(5))).isTrue();
            long end = System.currentTimeMillis() + 5_000;
            while (lookaheadThreads() > before && System.currentTimeMillis() < end) {
                Thread.onSpinWait();
            }
            assertThat(lookaheadThreads()).isLessThanOrEqualTo(before);
        }
    }

    private static long lookaheadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("order-sender-lookahead") && t.isAlive()).count();
    }

    @Test
    void aNewOrderOrTheCashierSendsAtOnceWithoutWaitingForTheBackoff() throws Exception {
        try (Rig h = new Rig(dir)) {
            h.pay(1, 1);
            h.server.failNext(FailureKind.RETRYABLE, "down", 1);
            h.sender.start();
            h.sleeper.nextSleep();

            h.pay(2, 1);
            h.sender.orderPaid();

            assertThat(h.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(h.server.storedNames()).hasSize(2);
            assertThat(h.clock.instant()).isEqualTo(SenderRig.T0);
        }
    }

    @Test
    void ordersLeftSendingByACrashAreLookedUpAtStartAndOnlyTheMissingOnesSentAgain() throws Exception {
        try (Rig h = new Rig(dir)) {
            List<PaidOrder> orders = h.pay(1, 5);
            List<PaidOrder> claimed = h.store.outboxQueue().claim(2, Set.of());
            assertThat(claimed).isEqualTo(orders.subList(0, 2));
            // The server stored the first of the two; the till died before it heard back.
            h.server.storeAsIfSentBefore(claimed.get(0));

            h.sender.start();

            h.sleeper.nextSleep();
            assertThat(h.server.storedNames()).containsExactlyInAnyOrderElementsOf(h.names(orders));
            assertThat(orders).allMatch(o -> h.state(o) == OutboxState.SENT);
            assertThat(h.server.lookups()).containsExactly(h.names(claimed));
            assertThat(h.entry(orders.get(0)).attempts()).as("found, not sent again").isEqualTo(1);
            assertThat(h.entry(orders.get(0)).foundByLookup()).isTrue();
            assertThat(h.entry(orders.get(1)).attempts()).as("missing, so sent again").isEqualTo(2);
            assertThat(h.server.calls()).noneMatch(call -> call.contains(orders.get(0).name()));
        }
    }

    @Test
    void stopCancelsTheCallInFlightAndTheOrdersWaitAgain() throws Exception {
        try (Rig h = new Rig(dir)) {
            PaidOrder order = h.pay(1, 1).get(0);
            h.server.hangUntilCancelled();
            h.sender.start();
            awaitSending(h);

            assertThat(h.sender.stop(Duration.ofSeconds(10))).isTrue();
            assertThat(h.sender.stop(Duration.ofSeconds(10))).isTrue();

            assertThat(h.sender.status().state()).isEqualTo(WorkerState.TERMINATED);
            assertThat(h.state(order)).isEqualTo(OutboxState.WAITING);
            assertThatThrownBy(h.sender::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anUnexpectedErrorIsReportedAndTheSenderCarriesOn() throws Exception {
        try (Rig h = new Rig(dir)) {
            PaidOrder order = h.pay(1, 1).get(0);
            h.server.crashNext(new IllegalStateException("bug"));
            h.sender.start();

            assertThat(h.sleeper.nextSleep()).as("the restart's back-off").isEqualTo(Duration.ofMillis(750));
            assertThat(h.sender.status().state()).isEqualTo(WorkerState.FAILED);
            assertThat(h.sender.status().internalError()).contains("internal error: IllegalStateException: bug");
            // The send broke where nothing says whether it reached the server: it is looked up before any resend.
            assertThat(h.state(order)).isEqualTo(OutboxState.UNKNOWN);
            h.sleeper.elapse();

            assertThat(h.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(h.state(order)).isEqualTo(OutboxState.SENT);
            assertThat(h.sender.status().state()).isEqualTo(WorkerState.RUNNING);
            assertThat(h.sender.status().internalError()).isEmpty();
        }
    }

    @Test
    void anOutOfMemoryErrorOnceDoesNotEndTheSenderAndItsOrderIsSentOnce() throws Exception {
        try (Rig h = new Rig(dir)) {
            PaidOrder order = h.pay(1, 1).get(0);
            h.server.crashNext(new OutOfMemoryError("Java heap space"));
            h.sender.start();

            h.sleeper.nextSleep();
            assertThat(h.sender.status().state()).isEqualTo(WorkerState.FAILED);
            assertThat(h.sender.status().internalError()).contains("internal error: OutOfMemoryError: Java heap"
                    + " space");
            h.sleeper.elapse();

            assertThat(h.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(h.sender.status().state()).isEqualTo(WorkerState.RUNNING);
            assertThat(h.state(order)).isEqualTo(OutboxState.SENT);
            assertThat(h.server.storedNames()).containsExactly(order.name());
            assertThat(h.sender.status().allSent()).isTrue();
        }
    }

    @Test
    void aWakeWhileTheCallFailsDoesNotCutTheBackOffShortButAWakeDuringTheWaitDoes() throws Exception {
        try (Rig h = new Rig(dir)) {
            PaidOrder order = h.pay(1, 1).get(0);
            h.server.failNext(FailureKind.RETRYABLE, "down", 1);
            // A new sale, the cashier's click and the push channel coming back, all while the call is failing.
            h.server.duringNextCall(() -> {
                h.sender.orderPaid();
                h.sender.sendNow();
                h.sender.connectionRestored();
            });
            h.sender.start();

            assertThat(h.sleeper.nextSleep()).as("the back-off runs in full").isEqualTo(Duration.ofMillis(750));
            assertThat(h.server.calls()).hasSize(1);
            assertThat(h.state(order)).isEqualTo(OutboxState.WAITING);

            h.sender.sendNow();

            assertThat(h.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(h.state(order)).isEqualTo(OutboxState.SENT);
            assertThat(h.clock.instant()).as("no time had to pass").isEqualTo(SenderRig.T0);
        }
    }

    @Test
    void listenersSeeSendingAndThenAllSentInOrder() throws Exception {
        try (Rig h = new Rig(dir)) {
            h.pay(1, 1);
            h.sender.start();
            h.sleeper.nextSleep();

            List<SenderStatus> seen;
            synchronized (h.published) {
                seen = List.copyOf(h.published);
            }
            assertThat(seen.get(0).state()).isEqualTo(WorkerState.NEW);
            assertThat(seen).anyMatch(SenderStatus::sending);
            assertThat(seen.get(seen.size() - 1).allSent()).isTrue();
            assertThat(seen.get(seen.size() - 1).sending()).isFalse();
        }
    }

    private static void awaitSending(Rig h) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!h.sender.status().sending()) {
            assertThat(System.currentTimeMillis()).as("sending within 10 s").isLessThan(end);
            synchronized (h.published) {
                h.published.wait(20);
            }
        }
    }

    /** The rig on the in-memory fake server. */
    private static final class Rig implements AutoCloseable {

        final FakeServerTransport server;
        final SenderRig rig;
        final OrderSender sender;
        final till.testsupport.FakeSleeper sleeper;
        final till.testsupport.MutableClock clock;
        final till.store.TillStore store;
        final List<SenderStatus> published;

        Rig(Path dir) {
            this(dir, new FakeServerTransport());
        }

        private Rig(Path dir, FakeServerTransport server) {
            this.server = server;
            this.rig = new SenderRig(dir, server);
            this.sender = rig.sender;
            this.sleeper = rig.sleeper;
            this.clock = rig.clock;
            this.store = rig.store;
            this.published = rig.published;
        }

        List<PaidOrder> pay(int first, int count) {
            return rig.pay(first, count);
        }

        List<String> names(List<PaidOrder> orders) {
            return rig.names(orders);
        }

        OutboxState state(PaidOrder order) {
            return rig.state(order);
        }

        OutboxEntry entry(PaidOrder order) {
            return rig.entry(order);
        }

        @Override
        public void close() throws InterruptedException {
            rig.close();
        }
    }
}
