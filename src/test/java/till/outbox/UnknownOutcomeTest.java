package till.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.order.PaidOrder;
import till.testsupport.FullDiskQueue;
import till.testsupport.SenderRig;

/**
 * The sender's rule for sends whose outcome is unknown, on the in-memory server: settle, then look up, then resend
 * only what is missing; answers that do not account for every order; a unique index's refusal; a full disk. Time is
 * the rig's fake clock and sleeper.
 */
class UnknownOutcomeTest {

    private static final Duration SETTLE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private final FakeServerTransport server = new FakeServerTransport();
    private SenderRig rig;

    private SenderRig rig(UnaryOperator<OutboxQueue> queue) {
        rig = new SenderRig(dir, server, queue, SETTLE);
        return rig;
    }

    @AfterEach
    void close() throws InterruptedException {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void aSendOfUnknownOutcomeIsNotSentAgainBeforeTheSettleTimeThenFoundByALookupAndCountedOnce() throws Exception {
        rig(UnaryOperator.identity());
        PaidOrder first = rig.pay(1, 1).get(0);
        server.storeThenLoseAnswer();
        rig.sender.start();

        assertThat(rig.sleeper.nextSleep()).as("the back-off after the failed call").isEqualTo(Duration.ofMillis(750));
        assertThat(rig.state(first)).isEqualTo(OutboxState.UNKNOWN);
        assertThat(rig.entry(first).unknownSince()).contains(SenderRig.T0);
        SenderStatus unknown = rig.sender.status();
        assertThat(unknown.unsent()).isEqualTo(1);
        assertThat(unknown.unknown()).isEqualTo(1);
        assertThat(unknown.allSent()).isFalse();
        assertThat(unknown.lastFailure()).contains(FailureKind.OUTCOME_UNKNOWN);

        // A new sale wakes the sender: the new order goes, the unknown one does not.
        PaidOrder second = rig.pay(2, 1).get(0);
        rig.sender.orderPaid();
        Duration untilLookup = rig.sleeper.nextSleep();
        assertThat(rig.state(second)).isEqualTo(OutboxState.SENT);
        assertThat(rig.state(first)).isEqualTo(OutboxState.UNKNOWN);
        assertThat(server.calls()).containsExactly(List.of(first.name()), List.of(second.name()));
        assertThat(untilLookup).as("the idle check, which comes before the lookup is due")
                .isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(rig.sender.status().nextRetry()).contains(SenderRig.T0.plus(SETTLE));
        assertThat(rig.sender.status().lastError()).startsWith(FailureKind.OUTCOME_UNKNOWN.advice());

        rig.sleeper.elapse();
        assertThat(rig.sleeper.nextSleep()).as("until the settle time has passed")
                .isEqualTo(SETTLE.minus(OrderSender.IDLE_CHECK));
        assertThat(server.lookups()).isEmpty();
        rig.sleeper.elapse();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(server.lookups()).containsExactly(List.of(first.name()));
        assertThat(server.calls()).hasSize(2);
        assertThat(rig.state(first)).isEqualTo(OutboxState.SENT);
        assertThat(rig.entry(first).foundByLookup()).isTrue();
        assertThat(rig.entry(first).serverId()).hasValue(1);
        assertThat(rig.entry(second).foundByLookup()).isFalse();
        assertThat(rig.sender.status().allSent()).isTrue();
        assertThat(rig.sender.status().unknown()).isZero();
    }

    @Test
    void anOrderTheLookupDoesNotFindIsSentAgainOnceAfterTheSettleTime() throws Exception {
        rig(UnaryOperator.identity());
        PaidOrder order = rig.pay(1, 1).get(0);
        server.failNext(FailureKind.OUTCOME_UNKNOWN, "The connection to the server broke off.", 1);
        rig.sender.start();
        rig.sleeper.nextSleep();
        rig.sleeper.elapse();
        rig.sleeper.nextSleep();
        rig.sleeper.elapse();
        rig.sleeper.nextSleep();
        assertThat(server.calls()).hasSize(1);
        rig.sleeper.elapse();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(server.lookups()).containsExactly(List.of(order.name()));
        assertThat(server.calls()).containsExactly(List.of(order.name()), List.of(order.name()));
        assertThat(rig.clock.instant()).isAfterOrEqualTo(SenderRig.T0.plus(SETTLE));
        assertThat(server.storedNames()).containsExactly(order.name());
        assertThat(rig.entry(order).foundByLookup()).isFalse();
        assertThat(rig.entry(order).attempts()).isEqualTo(2);
    }

    @Test
    void aLookupThatFailsIsTriedAgainWithABackOffAndNeverTurnsIntoASend() throws Exception {
        rig = new SenderRig(dir, server, UnaryOperator.identity(), Duration.ZERO);
        PaidOrder order = rig.pay(1, 1).get(0);
        server.storeThenLoseAnswer();
        server.failLookups(FailureKind.RETRYABLE, "The server cannot be reached.", 2);
        rig.sender.start();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(750));
        rig.sleeper.elapse();
        assertThat(rig.sleeper.nextSleep()).as("the back-off grows").isEqualTo(Duration.ofMillis(1500));
        assertThat(rig.state(order)).isEqualTo(OutboxState.UNKNOWN);
        rig.sleeper.elapse();
        assertThat(rig.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(3000));
        rig.sleeper.elapse();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(server.lookups()).hasSize(3);
        assertThat(server.calls()).hasSize(1);
        assertThat(rig.state(order)).isEqualTo(OutboxState.SENT);
        assertThat(rig.entry(order).foundByLookup()).isTrue();
    }

    @Test
    void anAnswerThatNamesNoneOfTheOrdersIsNotBelievedAndTheServerEndsWithEachOnce() throws Exception {
        rig(UnaryOperator.identity());
        List<PaidOrder> orders = rig.pay(1, 5);
        server.lieNext(0, 0);
        rig.sender.start();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(750));
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.WAITING);
        assertThat(rig.sender.status().lastError()).contains("answered without 5 of the orders");
        rig.sleeper.elapse();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(server.storedNames()).containsExactlyInAnyOrderElementsOf(rig.names(orders));
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT);
    }

    @Test
    void anAnswerNamingTwoOfFiveWhileStoringOnlyThoseLeavesThreeToSendAgain() throws Exception {
        rig(UnaryOperator.identity());
        List<PaidOrder> orders = rig.pay(1, 5);
        server.lieNext(2, 2);
        rig.sender.start();

        rig.sleeper.nextSleep();
        assertThat(orders.subList(0, 2)).allMatch(o -> rig.state(o) == OutboxState.SENT);
        assertThat(orders.subList(2, 5)).allMatch(o -> rig.state(o) == OutboxState.WAITING);
        assertThat(server.lookups()).containsExactly(rig.names(orders.subList(2, 5)));
        rig.sleeper.elapse();

        rig.sleeper.nextSleep();
        assertThat(server.calls()).containsExactly(rig.names(orders), rig.names(orders.subList(2, 5)));
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT);
    }

    @Test
    void ordersAnAnswerLeavesOutButTheServerHoldsAreConfirmedByALookupNotSentAgain() throws Exception {
        rig(UnaryOperator.identity());
        List<PaidOrder> orders = rig.pay(1, 5);
        server.lieNext(5, 0);
        rig.sender.start();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(server.calls()).hasSize(1);
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT && rig.entry(o).foundByLookup());
    }

    @Test
    void aUniqueIndexRefusingAStoredOrderMarksItDeliveredAndSendsTheRestOfTheBatch() throws Exception {
        rig(UnaryOperator.identity());
        List<PaidOrder> orders = rig.pay(1, 4);
        server.addUniqueIndex();
        server.storeAsIfSentBefore(orders.get(2));
        rig.sender.start();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT);
        assertThat(rig.entry(orders.get(2)).foundByLookup()).isTrue();
        assertThat(rig.sender.status().rejected()).isZero();
        assertThat(server.calls()).containsExactly(rig.names(orders),
                rig.names(List.of(orders.get(0), orders.get(1), orders.get(3))));
        assertThat(server.storedNames()).hasSize(4);
    }

    @Test
    void afterAnUnknownOutcomeTheBatchesHalveAndGrowBackWithEachAnswer() throws Exception {
        rig = new SenderRig(dir, server, UnaryOperator.identity(), Duration.ZERO);
        List<PaidOrder> orders = rig.pay(1, 160);
        server.failNext(FailureKind.OUTCOME_UNKNOWN, "The server did not answer within 80 s.", 1);
        rig.sender.start();
        rig.sleeper.nextSleep();
        rig.sleeper.elapse();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(server.calls()).extracting(List::size).containsExactly(50, 25, 25, 50, 50, 10);
        assertThat(server.storedNames()).containsExactlyInAnyOrderElementsOf(rig.names(orders));
        assertThat(server.maxInFlight()).isEqualTo(1);
    }

    @Test
    void aRetryRequestedFromTheCommandLineWhileTheTillRunsIsTakenAtTheNextRound() throws Exception {
        RetryRequestFile requests = new RetryRequestFile(dir);
        rig = new SenderRig(dir, server, UnaryOperator.identity(), SenderOptions.defaults().withSettle(SETTLE)
                .withRequests(requests));
        List<PaidOrder> orders = rig.pay(1, 2);
        server.refuse(orders.get(1).name(), "The server refused the request: no cash journal");
        rig.sender.start();
        rig.sleeper.nextSleep();
        assertThat(rig.state(orders.get(1))).isEqualTo(OutboxState.REJECTED);
        server.accept(orders.get(1).name());

        requests.request(java.util.Optional.of(orders.get(1).uid()));
        rig.sender.sendNow();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(rig.state(orders.get(1))).isEqualTo(OutboxState.SENT);
        assertThat(java.nio.file.Files.exists(requests.path())).as("taken, once").isFalse();
    }

    @Test
    void aStateTheFullDiskRefusesStopsSendingWithTheErrorAndTheOrdersAreLookedUpNotResent() throws Exception {
        FullDiskQueue[] disk = new FullDiskQueue[1];
        rig = new SenderRig(dir, server, q -> disk[0] = new FullDiskQueue(q, dir), Duration.ZERO);
        List<PaidOrder> orders = rig.pay(1, 3);
        server.duringNextCall(() -> disk[0].fill());
        rig.sender.start();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(Duration.ofMillis(750));
        SenderStatus status = rig.sender.status();
        assertThat(status.lastFailure()).contains(FailureKind.STORE_FAILED);
        assertThat(status.lastError()).contains("could not save").contains("The disk holding " + dir + " is full");
        assertThat(status.allSent()).as("never green on marks that were not saved").isFalse();
        assertThat(status.unsent()).isEqualTo(3);
        assertThat(server.storedNames()).hasSize(3);

        PaidOrder later = rig.pay(4, 1).get(0);
        rig.sleeper.elapse();
        assertThat(rig.sleeper.nextSleep()).as("still full: nothing new goes out").isEqualTo(Duration.ofMillis(1500));
        assertThat(server.calls()).hasSize(1);
        assertThat(rig.state(later)).isEqualTo(OutboxState.WAITING);

        disk[0].free();
        rig.sleeper.elapse();
        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT && rig.entry(o).foundByLookup());
        assertThat(rig.state(later)).isEqualTo(OutboxState.SENT);
        assertThat(server.calls()).containsExactly(rig.names(orders), List.of(later.name()));
        assertThat(rig.sender.status().allSent()).isTrue();
    }
}
