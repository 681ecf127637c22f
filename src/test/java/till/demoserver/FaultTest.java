package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {

    private DemoServer demo;
    private RecordingClient client;

    @BeforeEach
    void start() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withHold(Duration.ofMillis(500)));
        client = new RecordingClient(demo.url());
        client.login();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private RecordingClient.Answer versionInfo() throws Exception {
        return client.call("/web/webclient/version_info", "{}");
    }

    private RecordingClient.Answer sendOrders(String... orders) throws Exception {
        return client.callKw("pos.order", "create_from_ui", TestOrders.batch(orders), "{}");
    }

    @Test
    void downRefusesConnectionsUntilClearedThenServesOnTheSamePort() throws Exception {
        demo.inject(Fault.of(FaultKind.DOWN));

        // A connection the client kept alive from before may fail first with "no bytes" (the server closed it);
        // from then on every new connection is refused.
        assertThatThrownBy(this::versionInfo).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(this::versionInfo).isInstanceOf(ConnectException.class);

        demo.clear(FaultKind.DOWN);
        assertThat(versionInfo().status()).isEqualTo(200);
    }

    @Test
    void hangAcceptsButNeverAnswersSoTheClientTimesOut() throws Exception {
        demo.inject(Fault.parse("hang=/web/webclient"));

        assertThatThrownBy(() -> client.post("/web/webclient/version_info", "{}", Duration.ofMillis(300)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(client.call("/web/database/list", "{}").result().get(0).asText())
                .as("other paths still answer").isEqualTo("demo");
    }

    @Test
    void slowAnswersLaterThanAShortClientTimeoutAllows() throws Exception {
        demo.inject(Fault.parse("slow=400"));

        assertThatThrownBy(() -> client.post("/web/webclient/version_info", "{}", Duration.ofMillis(100)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(client.post("/web/webclient/version_info", "{}", Duration.ofSeconds(10)).status())
                .isEqualTo(200);
    }

    @Test
    void proxy502AnswersNginxHtmlAndTheOrderNeverReachesOdoo() throws Exception {
        demo.inject(Fault.of(FaultKind.PROXY_502));

        RecordingClient.Answer answer = sendOrders(TestOrders.order("Order 00001-001-0001", 27));

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.contentType()).isEqualTo("text/html");
        assertThat(answer.body()).contains("<title>502 Bad Gateway</title>").contains("nginx");
        assertThat(demo.orderReferences()).isEmpty();
    }

    @Test
    void proxy504AnswersNginxHtmlAfterOdooStoredTheOrder() throws Exception {
        demo.inject(Fault.of(FaultKind.PROXY_504));

        RecordingClient.Answer answer = sendOrders(TestOrders.order("Order 00001-001-0001", 27));

        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.body()).contains("504 Gateway Time-out");
        assertThat(demo.orderReferences()).containsExactly("Order 00001-001-0001");
    }

    @Test
    void htmlErrorAnswersOdoosHtml500Page() throws Exception {
        demo.inject(Fault.of(FaultKind.HTML_ERROR));

        RecordingClient.Answer answer = versionInfo();

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).isEqualTo(Reply.HTML);
        assertThat(answer.body()).contains("<title>Odoo</title>").contains("Internal Server Error");
    }

    @Test
    void dropMidBodyBreaksTheConnectionAfterHalfTheDeclaredBody() {
        demo.inject(Fault.of(FaultKind.DROP_MID_BODY));

        assertThatThrownBy(this::versionInfo).isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void truncatedJsonIsAComplete200WhoseBodyIsCutInHalf() throws Exception {
        String whole = versionInfo().body();
        demo.inject(Fault.of(FaultKind.TRUNCATED_JSON));

        RecordingClient.Answer answer = versionInfo();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> RecordingClient.JSON.readTree(answer.body()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void malformedJsonIsAComplete200WhoseBodyIsNotJson() throws Exception {
        demo.inject(Fault.of(FaultKind.MALFORMED_JSON));

        RecordingClient.Answer answer = versionInfo();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("'server_version'");
        assertThatThrownBy(() -> RecordingClient.JSON.readTree(answer.body()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void misrouteBusUnavailableAnswersTheOldJsonRpcError() throws Exception {
        demo.inject(Fault.of(FaultKind.MISROUTE_BUS_UNAVAILABLE));

        RecordingClient.Answer answer = client.call("/longpolling/poll", "{\"channels\":[\"shop\"],\"last\":0}");

        assertThat(answer.error().get("code").asInt()).isEqualTo(200);
        assertThat(answer.error().at("/data/name").asText()).isEqualTo("builtins.Exception");
        assertThat(answer.error().at("/data/message").asText()).isEqualTo("bus.Bus unavailable");
    }

    @Test
    void misrouteHoldIsNotWokenBySendsAndAnswersOnlyWhenTheHoldEnds() throws Exception {
        demo.inject(Fault.of(FaultKind.MISROUTE_HOLD));
        assertNotificationArrivesOnlyAtTimeout();
    }

    @Test
    void lateNotificationsArriveOnlyWhenThePollTimesOut() throws Exception {
        demo.inject(Fault.of(FaultKind.LATE_NOTIFICATIONS));
        assertNotificationArrivesOnlyAtTimeout();
    }

    private void assertNotificationArrivesOnlyAtTimeout() throws Exception {
        CompletableFuture<RecordingClient.Answer> held = client.postAsync("/longpolling/poll",
                "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"channels\":[\"shop\"],\"last\":"
                        + demo.lastNotificationId() + "},\"id\":1}");
        assertThat(held).failsWithin(Duration.ofMillis(100)).withThrowableThat()
                .isInstanceOf(TimeoutException.class);

        demo.publish("shop", JsonRpc.NODES.textNode("hello"));

        assertThat(held).as("not woken by the send").failsWithin(Duration.ofMillis(150)).withThrowableThat()
                .isInstanceOf(TimeoutException.class);
        assertThat(held.get(5, TimeUnit.SECONDS).result().get(0).get("message").asText()).isEqualTo("hello");
    }

    @Test
    void orderErrorFailsTheWholeBatchHoldingThatOrderAndStoresNothingOfIt() throws Exception {
        demo.inject(Fault.parse("order-error=Order 00001-001-0002"));

        RecordingClient.Answer failed = sendOrders(TestOrders.order("Order 00001-001-0001", 27),
                TestOrders.order("Order 00001-001-0002", 27));
        RecordingClient.Answer other = sendOrders(TestOrders.order("Order 00001-001-0003", 27));

        assertThat(failed.error().at("/data/name").asText()).isEqualTo("odoo.exceptions.UserError");
        assertThat(failed.error().get("code").asInt()).isEqualTo(200);
        assertThat(other.result()).hasSize(1);
        assertThat(TestOrders.storedReferences(client)).containsExactly("Order 00001-001-0003");
    }

    @Test
    void sessionTtlZeroExpiresALoginAtOnceWithCode100AndANewSessionId() throws Exception {
        demo.inject(Fault.parse("session-ttl=0"));
        client.login();
        String loggedIn = client.sessionId();

        RecordingClient.Answer answer = client.callKw("res.partner", "search_read", "[]", "{\"fields\":[\"name\"]}");

        assertThat(answer.error().get("code").asInt()).isEqualTo(100);
        assertThat(answer.error().at("/data/name").asText()).isEqualTo("odoo.http.SessionExpiredException");
        assertThat(answer.setCookieId()).isNotNull().isNotEqualTo(loggedIn);
    }

    @Test
    void expiringSessionsFromTheApiGivesCode100UntilTheNextLogin() throws Exception {
        demo.expireSessions();

        assertThat(client.callKw("res.partner", "search_read", "[]", "{\"fields\":[\"name\"]}").error()
                .get("code").asInt()).isEqualTo(100);
        client.login();
        assertThat(client.callKw("res.partner", "search_read", "[]", "{\"fields\":[\"name\"]}").result()).isNotEmpty();
    }

    @Test
    void theAdminRouteSwitchesFaultsOnAndOffAndIsNotItselfFaulted() throws Exception {
        client.post("/sandbox/fault", "{\"fault\":\"proxy-502\"}");
        assertThat(versionInfo().status()).isEqualTo(502);
        assertThat(client.get("/sandbox/state").body()).contains("proxy-502");

        client.post("/sandbox/clear-faults", "{}");

        assertThat(versionInfo().status()).isEqualTo(200);
    }

    @Test
    void faultNamesAndValuesAreCheckedWhenParsed() {
        assertThat(Fault.parse("slow=250").number(0)).isEqualTo(250);
        assertThatThrownBy(() -> Fault.parse("slow=soon")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Fault.parse("order-error")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Fault.parse("flaky")).hasMessageContaining("unknown fault flaky")
                .hasMessageContaining("late-notifications");
    }
}
