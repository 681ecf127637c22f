package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static till.testsupport.HostileAnswers.EMPTY_RESULT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.outbox.FailureKind;
import till.outbox.OrderSender;
import till.outbox.OutboxState;
import till.outbox.SenderStatus;
import till.testsupport.HostileAnswers;
import till.testsupport.HostileServer;
import till.testsupport.SenderRig;
import till.worker.WorkerState;

/**
 * The order sender delivering through the real Odoo transport to a scripted server in front of the demo server (real
 * loopback sockets, a real H2 outbox): whatever bad answer {@code create_from_ui} gets, every paid order keeps waiting
 * (none is marked refused, none is lost), the sender stays running, and once the server behaves each order reaches it
 * exactly once. Time between tries is the rig's fake sleeper.
 */
class HostileOrderDeliveryTest {

    private static final String CREATE_FROM_UI = "/web/dataset/call_kw/pos.order/create_from_ui";
    private static final String LOGIN = "/web/session/authenticate";
    private static final long BANK = 2;
    private static final long DRAWER_BLACK = 27;

    @TempDir
    Path dir;

    private DemoServer demo;
    private HostileServer hostile;
    private SenderRig rig;
    private long sessionId;

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
        if (hostile != null) {
            hostile.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private void start() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));
        hostile = HostileServer.inFrontOf(demo.url());
        InFlightCalls calls = new InFlightCalls();
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(hostile.url()),
                OdooClient::createFromUiTimeout, calls);
        Login login = client.authenticate(new Credentials(demo.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        sessionId = client.openSession(1).orElseThrow().id();
        PosContext pos = new PosContext(VersionProfile.V15, demo.database(), 1, sessionId, 1, login.uid(), 1L,
                Optional.empty(), Optional.empty());
        rig = new SenderRig(dir, new OdooOrderTransport(client, () -> pos, session -> false, calls));
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                // Item 2: these marked every order of the batch refused, for good.
                Arguments.of("SerializationFailure", HostileAnswers.rpcError(200, "psycopg2.errors.SerializationFailure",
                        "could not serialize access due to concurrent update"), FailureKind.RETRYABLE),
                Arguments.of("DeadlockDetected", HostileAnswers.rpcError(200, "psycopg2.errors.DeadlockDetected",
                        "deadlock detected"), FailureKind.RETRYABLE),
                Arguments.of("LockNotAvailable", HostileAnswers.rpcError(200, "psycopg2.errors.LockNotAvailable",
                        "could not obtain lock on row in relation"), FailureKind.RETRYABLE),
                // Item 6: half a gigabyte with no declared length, cut off at the 8 MB cap of sending orders.
                Arguments.of("half a gigabyte", HostileAnswers.hugeList(512L << 20, i -> "{\"id\": " + i
                        + ", \"pos_reference\": \"x\"}"), FailureKind.OUTCOME_UNKNOWN),
                Arguments.of("proxy 503", HostileAnswers.html(503), FailureKind.OUTCOME_UNKNOWN),
                Arguments.of("invalid JSON", HostileAnswers.json("{'jsonrpc': '2.0', 'result': []}"),
                        FailureKind.OUTCOME_UNKNOWN),
                Arguments.of("cut off JSON", HostileAnswers.json(EMPTY_RESULT.substring(0, 25)), FailureKind.OUTCOME_UNKNOWN),
                Arguments.of("reset halfway", HostileAnswers.resetMidBody(EMPTY_RESULT), FailureKind.OUTCOME_UNKNOWN),
                Arguments.of("a web page", HostileAnswers.html(200), FailureKind.MISCONFIGURED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void aBadAnswerLeavesEveryOrderWaitingAndTheSenderRunningThenEachArrivesOnce(String name,
            HostileServer.Answer answer, FailureKind kind) throws Exception {
        start();
        List<PaidOrder> orders = rig.pay(sessionId, 1, 3, DRAWER_BLACK, BANK);
        hostile.always(CREATE_FROM_UI, answer);
        rig.sender.start();

        rig.sleeper.nextSleep();
        SenderStatus failed = rig.sender.status();
        assertThat(failed.lastFailure()).as(failed.lastError()).contains(kind);
        assertThat(failed.unsent()).isEqualTo(3);
        assertThat(failed.rejected()).as("none refused").isZero();
        assertThat(failed.state()).isEqualTo(WorkerState.RUNNING);
        assertThat(failed.internalError()).isEmpty();
        // After the request went out without Odoo's verdict, the orders are looked up before any is sent again.
        OutboxState waiting = kind == FailureKind.OUTCOME_UNKNOWN ? OutboxState.UNKNOWN : OutboxState.WAITING;
        assertThat(orders).allMatch(o -> rig.state(o) == waiting);

        hostile.behave();
        rig.sleeper.elapse();
        assertAllSentExactlyOnce(orders);
    }

    static Stream<Arguments> answersThatAccountForNoOrder() {
        return Stream.of(Arguments.of("an empty list", HostileAnswers.json(EMPTY_RESULT)),
                Arguments.of("junk", HostileAnswers.json("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\":"
                        + " [1, \"two\", {\"x\": 3}, null]}")),
                Arguments.of("an answer replayed about other orders", HostileAnswers.json("{\"jsonrpc\": \"2.0\","
                        + " \"id\": 1, \"result\": [{\"id\": 7, \"pos_reference\": \"Order 00009-009-0009\"}]}")));
    }

    /** Issue item 1: a success that names none of the orders, while the server stored none of them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("answersThatAccountForNoOrder")
    void aSuccessThatAccountsForNoOrderIsNotBelievedTheOrdersWaitThenEachArrivesOnce(String name,
            HostileServer.Answer answer) throws Exception {
        start();
        List<PaidOrder> orders = rig.pay(sessionId, 1, 3, DRAWER_BLACK, BANK);
        hostile.always(CREATE_FROM_UI, answer);
        rig.sender.start();

        rig.sleeper.nextSleep();
        SenderStatus failed = rig.sender.status();
        assertThat(failed.unsent()).as(failed.lastError()).isEqualTo(3);
        assertThat(failed.rejected()).isZero();
        assertThat(failed.lastError()).contains("does not hold them");
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.WAITING);
        assertThat(demo.orderReferences()).doesNotContainAnyElementsOf(rig.names(orders));

        hostile.behave();
        rig.sleeper.elapse();
        assertAllSentExactlyOnce(orders);
    }

    @Test
    void aRedirectToTheLoginPageLogsInAgainAndTheOrdersGoThroughInTheSameRound() throws Exception {
        start();
        List<PaidOrder> orders = rig.pay(sessionId, 1, 3, DRAWER_BLACK, BANK);
        hostile.times(CREATE_FROM_UI, 1, HostileAnswers.redirect(303, "/web/login?redirect=%2Fweb"));
        rig.sender.start();

        assertAllSentExactlyOnce(orders);
        assertThat(hostile.requests(LOGIN)).as("the first login and one more").isEqualTo(2);
        assertThat(rig.sleeper.waits()).as("no back-off").containsOnly(OrderSender.IDLE_CHECK);
    }

    private void assertAllSentExactlyOnce(List<PaidOrder> orders) throws InterruptedException {
        assertThat(rig.sleeper.nextSleep()).isEqualTo(OrderSender.IDLE_CHECK);
        assertThat(rig.sender.status().allSent()).isTrue();
        assertThat(orders).allMatch(o -> rig.state(o) == OutboxState.SENT);
        Map<String, Long> counts = demo.orderReferences().stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(counts).containsOnlyKeys(rig.names(orders)).allSatisfy((name, n) -> assertThat(n).isOne());
    }
}
