package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.outbox.FailureKind;
import till.outbox.OrderSender;
import till.outbox.OrderTransport;
import till.outbox.OutboxState;
import till.order.PaidOrder;
import till.outbox.RescueApprovals;
import till.outbox.SendFailure;
import till.outbox.SendResult;
import till.outbox.SenderStatus;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.testsupport.DemoShop;
import till.testsupport.SenderRig;
import till.worker.WorkerState;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The order sender with the real Odoo client against the demo server (every profile: 14, 15, 17, 18) and its faults.
 * After each, the server holds every paid order exactly once. Time between tries is the rig's fake sleeper, not
 * waited.
 */
class OrderSenderOnDemoServerTest {


    @TempDir
    Path dir;

    private DemoServer server;
    private RescueApprovals approvals;
    private OdooOrderTransport transport;
    private long sessionId;
    private SenderRig rig;
    private DemoShop shop;
    /** The route of the profile's order call: create_from_ui up to 17, sync_from_ui on 18. */
    private String orderRoute;

    private void start(Profile profile) throws Exception {
        start(profile, OdooClient::createFromUiTimeout);
    }

    private void start(Profile profile, java.util.function.IntFunction<Duration> createTimeout) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        // 17/18 start without an open session, as the captured databases did; on 14/15 the open one stays.
        server.openSession();
        shop = DemoShop.of(profile);
        orderRoute = "/web/dataset/call_kw/pos.order/" + (profile.major() >= 18 ? "sync_from_ui"
                : "create_from_ui");
        approvals = new RescueApprovals(dir);
        InFlightCalls calls = new InFlightCalls();
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()), createTimeout, calls);
        Login login = client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        PosSession session = client.openSession(1).orElseThrow();
        sessionId = session.id();
        PosContext pos = new PosContext(VersionProfile.of(login.serverVersion()), server.database(), 1, sessionId, 1,
                login.uid(), shop.pricelist(), Optional.empty(), Optional.empty());
        transport = new OdooOrderTransport(client, () -> pos, approvals::approved, calls);
    }

    private List<PaidOrder> pay(int count) {
        return rig.pay(sessionId, 1, count, shop.untaxedProduct(), shop.bank());
    }

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theServerGoingDownDuringSendingLosesNothingAndDuplicatesNothing(Profile profile) throws Exception {
        start(profile);
        rig = new SenderRig(dir, afterFirstCall(transport, () -> server.inject(Fault.of(FaultKind.DOWN))));
        List<PaidOrder> orders = pay(70);
        rig.sender.start();

        rig.sleeper.nextSleep();
        SenderStatus down = rig.sender.status();
        assertThat(down.unsent()).isEqualTo(20);
        assertThat(down.lastFailure()).contains(FailureKind.RETRYABLE);
        assertThat(down.lastError()).startsWith(FailureKind.RETRYABLE.advice());
        server.clear(FaultKind.DOWN);
        rig.sleeper.elapse();

        assertAllSentExactlyOnce(orders);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anAnswerLostAfterTheServerStoredTheOrdersIsLookedUpAndCountedOnce(Profile profile) throws Exception {
        for (FaultKind lost : List.of(FaultKind.PROXY_504, FaultKind.DROP_MID_BODY, FaultKind.TRUNCATED_JSON,
                FaultKind.MALFORMED_JSON)) {
            start(profile);
            rig = new SenderRig(dir.resolve(lost.label()), transport);
            List<PaidOrder> orders = failThenRecover(new Fault(lost, orderRoute), 5, down -> {
                assertThat(server.orderReferences()).as(lost.label()).containsAll(rig.names(down));
                assertThat(down).as(lost.label()).allMatch(o -> rig.state(o) == OutboxState.UNKNOWN);
            });

            assertAllSentExactlyOnce(orders);
            assertThat(orders).as(lost.label()).allMatch(o -> rig.entry(o).foundByLookup()
                    && rig.entry(o).attempts() == 1);
            stop();
        }
        rig = null;
        server = null;
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void answersSlowerThanTheClientsDeadlineAreLookedUpNotResentAndTheServerHoldsEachOrderOnce(Profile profile)
            throws Exception {
        // The client gives up after 300 ms; the server answers after 800 ms, but stores the orders all the same.
        start(profile, n -> Duration.ofMillis(300));
        rig = new SenderRig(dir, transport);
        List<PaidOrder> orders = pay(3);
        server.inject(Fault.parse("slow=800"));
        rig.sender.start();

        rig.sleeper.nextSleep();
        assertThat(rig.sender.status().lastFailure()).contains(FailureKind.OUTCOME_UNKNOWN);
        assertThat(rig.sender.status().unsent()).isEqualTo(3);
        till.testsupport.Await.until(() -> server.orderReferences().containsAll(rig.names(orders)),
                "the slow server to store the orders the client gave up on", 10);
        // Still slow, but a lookup is a read with its own deadline: it finds them, nothing is sent again.
        rig.sleeper.elapse();

        assertAllSentExactlyOnce(orders);
        assertThat(orders).allMatch(o -> rig.entry(o).foundByLookup() && rig.entry(o).attempts() == 1);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aProxyErrorBeforeOdooIsLookedUpThenSentOnce(Profile profile) throws Exception {
        start(profile);
        rig = new SenderRig(dir, transport);
        List<PaidOrder> orders = failThenRecover(new Fault(FaultKind.PROXY_502, orderRoute), 3, down -> {
            assertThat(rig.sender.status().lastError()).contains("HTTP 502");
            assertThat(server.orderReferences()).doesNotContainAnyElementsOf(rig.names(down));
        });

        assertAllSentExactlyOnce(orders);
        assertThat(orders).allMatch(o -> !rig.entry(o).foundByLookup() && rig.entry(o).attempts() == 2);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anExpiredSessionMidBatchIsRenewedWithoutTheCashierNoticing(Profile profile) throws Exception {
        start(profile);
        rig = new SenderRig(dir, afterFirstCall(transport, server::expireSessions));
        List<PaidOrder> orders = pay(120);
        rig.sender.start();

        assertAllSentExactlyOnce(orders);
        assertThat(rig.sleeper.waits()).containsOnly(OrderSender.IDLE_CHECK);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theOneOrderTheServerRefusesIsRejectedWithItsMessageAndTheOthersArrive(Profile profile) throws Exception {
        start(profile);
        rig = new SenderRig(dir, transport);
        List<PaidOrder> orders = pay(9);
        PaidOrder bad = orders.get(6);
        server.inject(new Fault(FaultKind.ORDER_ERROR, bad.name()));
        rig.sender.start();

        rig.sleeper.nextSleep();
        assertThat(rig.state(bad)).isEqualTo(OutboxState.REJECTED);
        assertThat(rig.entry(bad).lastError()).contains("Demo fault: the server refuses " + bad.name());
        List<PaidOrder> good = orders.stream().filter(o -> o != bad).toList();
        assertThat(good).allMatch(o -> rig.state(o) == OutboxState.SENT);
        assertThat(counts()).doesNotContainKey(bad.name());
        assertThat(good).allMatch(o -> counts().get(o.name()) == 1L);
        assertThat(rig.sender.status().rejected()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void ordersOfAClosedSessionAreHeldUntilTheAdminReleasesThemThenSentOnceIntoARescueSession(Profile profile)
            throws Exception {
        start(profile);
        rig = new SenderRig(dir, transport);
        List<PaidOrder> orders = pay(3);
        server.closeCurrentSession();
        rig.sender.start();

        rig.sleeper.nextSleep();
        SenderStatus status = rig.sender.status();
        assertThat(status.lastFailure()).contains(FailureKind.SESSION_CLOSED);
        assertThat(status.lastError()).contains("held until the admin decides").contains("closed");
        assertThat(status.unsent()).isEqualTo(3);
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.WAITING);
        assertThat(server.orderReferences()).doesNotContainAnyElementsOf(rig.names(orders));
        assertThat(status.lastError()).contains("till outbox release-held --session ID");

        approvals.approve(sessionId);
        if (profile.major() >= 18) {
            // 18 and 19 have no rescue sessions: a released order lands in the config's open session (v18 340), so
            // one must be.
            server.openSession();
        }
        rig.sender.sendNow();

        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT);
        assertThat(orders).allMatch(o -> counts().get(o.name()) == 1L);
        assertThat(rig.sender.status().allSent()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aRestartSendsOrdersLeftWaitingAndSendingExactlyOnce(Profile profile) throws Exception {
        start(profile);
        rig = new SenderRig(dir, transport);
        List<PaidOrder> orders = pay(10);
        // The last run claimed four and the server stored them, but the till died before it marked them sent.
        transport.send(rig.store.outboxQueue().claim(4, java.util.Set.of()));

        rig.sender.start();

        assertAllSentExactlyOnce(orders);
        assertThat(rig.entry(orders.get(0)).attempts()).as("found by a lookup, not sent again").isEqualTo(1);
        assertThat(rig.entry(orders.get(0)).foundByLookup()).isTrue();
        assertThat(rig.entry(orders.get(9)).foundByLookup()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void stopReturnsWithinTwoSecondsWhileCreateFromUiHangsAndTheOrderWaitsThenArrivesOnce(Profile profile)
            throws Exception {
        CountDownLatch posting = new CountDownLatch(1);
        start(profile, n -> {
            posting.countDown();
            return OdooClient.createFromUiTimeout(n);
        });
        rig = new SenderRig(dir, transport);
        PaidOrder order = pay(1).get(0);
        server.inject(Fault.parse("hang=" + orderRoute));
        rig.sender.start();
        assertThat(posting.await(10, TimeUnit.SECONDS)).as("the order call on its way").isTrue();
        till.testsupport.Await.until(() -> server.hungRequests() == 1, "the order call at the server", 10);

        long start = System.nanoTime();
        boolean ended = rig.sender.stop(Duration.ofSeconds(2));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(ended).isTrue();
        assertThat(took).as("not the call's own deadline of 31 s").isLessThan(Duration.ofSeconds(2));
        assertThat(rig.sender.status().state()).isEqualTo(WorkerState.TERMINATED);
        // The request had gone out: the server may still be working on it, so not simply waiting to be sent again.
        assertThat(rig.state(order)).as("not sent, not lost, not rejected").isEqualTo(OutboxState.UNKNOWN);
        assertThat(server.orderReferences()).doesNotContain(order.name());

        server.clear(FaultKind.HANG);
        OrderSender again = rig.newSender();
        again.start();
        try {
            assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
            assertThat(again.status().allSent()).isTrue();
            assertThat(rig.state(order)).isEqualTo(OutboxState.SENT);
            assertThat(counts()).containsOnly(java.util.Map.entry(order.name(), 1L));
        } finally {
            again.stop(Duration.ofSeconds(2));
        }
    }

    @Test
    void anEighteenOrderSentForAClosedSessionLandsInTheOpenOneCountsAsSentAndTheTillSaysWhere() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(AnswerAccount.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            start(Profile.V18);
            rig = new SenderRig(dir, transport);
            List<PaidOrder> orders = pay(2);
            server.closeCurrentSession();
            approvals.approve(sessionId);
            int open = server.openSession();
            rig.sender.start();

            assertAllSentExactlyOnce(orders);
            assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains(orders.get(0).name())
                            .contains("belongs to session " + sessionId)
                            .contains("the server stored it in session " + open));
        } finally {
            logger.detachAppender(log);
        }
    }

    /**
     * Pays {@code count} orders, sends them with the fault on, checks the failed round with {@code whileDown}, then
     * clears the fault and lets the back-off pass.
     */
    private List<PaidOrder> failThenRecover(Fault fault, int count, Consumer<List<PaidOrder>> whileDown)
            throws InterruptedException {
        List<PaidOrder> orders = pay(count);
        server.inject(fault);
        rig.sender.start();

        rig.sleeper.nextSleep();
        assertThat(rig.sender.status().unsent()).as(fault.toString()).isEqualTo(count);
        // The request had gone out when each of these failed: the server may have the orders.
        assertThat(rig.sender.status().lastFailure()).as(fault.toString()).contains(FailureKind.OUTCOME_UNKNOWN);
        whileDown.accept(orders);
        server.clear(fault.kind());
        rig.sleeper.elapse();
        return orders;
    }

    private void assertAllSentExactlyOnce(List<PaidOrder> orders) throws InterruptedException {
        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(rig.sender.status().allSent()).isTrue();
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT);
        assertThat(counts()).containsOnlyKeys(rig.names(orders)).allSatisfy((name, n) -> assertThat(n).isOne());
    }

    private java.util.Map<String, Long> counts() {
        return server.orderReferences().stream().filter(r -> r.startsWith(String.format("Order %05d-", sessionId)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Runs {@code fault} once, right after the first call came back. */
    private static OrderTransport afterFirstCall(OrderTransport real, Runnable fault) {
        return new OrderTransport() {
            private boolean done;

            @Override
            public SendResult send(List<PaidOrder> batch) throws SendFailure {
                SendResult result = real.send(batch);
                if (!done) {
                    done = true;
                    fault.run();
                }
                return result;
            }

            @Override
            public java.util.Map<String, Long> lookUp(List<PaidOrder> orders) throws SendFailure {
                return real.lookUp(orders);
            }
        };
    }
}
