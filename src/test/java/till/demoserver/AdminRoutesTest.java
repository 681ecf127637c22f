package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminRoutesTest {

    private DemoServer demo;
    private RecordingClient client;

    @BeforeEach
    void start() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15)
                .withHold(Duration.ofSeconds(40)));
        client = new RecordingClient(demo.url());
        client.login();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void aNotificationPostedToTheAdminRouteWakesAHeldPoll() throws Exception {
        CompletableFuture<RecordingClient.Answer> held = client.postAsync("/longpolling/poll",
                "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"channels\":[\"shop\"],\"last\":0},\"id\":1}");
        assertThat(held).failsWithin(Duration.ofMillis(150)).withThrowableThat()
                .isInstanceOf(TimeoutException.class);

        RecordingClient.Answer posted = client.post("/sandbox/notify",
                "{\"channel\":\"shop\",\"type\":\"pos.sync\",\"payload\":{\"product_id\":6}}");

        assertThat(posted.json().get("id").asLong()).isEqualTo(1);
        JsonNode item = held.get(10, TimeUnit.SECONDS).result().get(0);
        assertThat(item.at("/message/payload/product_id").asInt()).isEqualTo(6);
    }

    @Test
    void aPriceChangeAndASessionCloseShowInTheNextReads() throws Exception {
        client.post("/sandbox/price", "{\"product_id\":27,\"price\":\"19.99\"}");
        client.post("/sandbox/close-session", "{}");

        JsonNode drawer = client.callKw("product.product", "read", "[[27],[\"lst_price\"]]", "{}").result().get(0);
        JsonNode config = client.callKw("pos.config", "read", "[[1],[\"current_session_id\"]]", "{}").result()
                .get(0);
        assertThat(drawer.get("lst_price").asDouble()).isEqualTo(19.99);
        assertThat(config.get("current_session_id").asBoolean()).isFalse();

        client.post("/sandbox/open-session", "{}");
        JsonNode reopened = client.callKw("pos.config", "read",
                "[[1],[\"current_session_id\",\"current_session_state\"]]", "{}").result().get(0);
        assertThat(reopened.at("/current_session_id/1").asText()).isEqualTo("POS/00002");
        assertThat(reopened.get("current_session_state").asText()).isEqualTo("opened");
    }

    @Test
    void anUnknownAdminRouteIsA404AndABadFaultA400() throws Exception {
        assertThat(client.post("/sandbox/nothing", "{}").status()).isEqualTo(404);
        RecordingClient.Answer bad = client.post("/sandbox/fault", "{\"fault\":\"flaky\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("unknown fault flaky");
    }
}
