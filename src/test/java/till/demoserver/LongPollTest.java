package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.testsupport.MutableClock;

class LongPollTest {

    private static final Duration SHORT_HOLD = Duration.ofMillis(300);
    private final List<DemoServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(DemoServer::close);
    }

    private DemoServer start(Profile profile, Duration hold, MutableClock clock) throws Exception {
        DemoServerOptions options = DemoServerOptions.defaults().withProfile(profile).withHold(hold);
        DemoServer demo = DemoServer.start(clock == null ? options : options.withClock(clock));
        servers.add(demo);
        return demo;
    }

    private static String poll(String channel, long last) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"channels\":[\"" + channel + "\"],\"last\":"
                + last + ",\"options\":{\"bus_inactivity\":1500}},\"id\":7}";
    }

    @Test
    void anIdlePollIsHeldForTheWholeHoldThenAnswersAnEmptyList() throws Exception {
        DemoServer demo = start(Profile.V14, SHORT_HOLD, null);
        CompletableFuture<RecordingClient.Answer> held = new RecordingClient(demo.url())
                .postAsync("/longpolling/poll", poll("idle", 0));

        assertThat(held).failsWithin(Duration.ofMillis(150)).withThrowableThat()
                .isInstanceOf(TimeoutException.class);
        RecordingClient.Answer answer = held.get(5, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.result()).isEmpty();
    }

    @Test
    void aSendWakesTheHeldPollAtOnceWithTheNotification() throws Exception {
        DemoServer demo = start(Profile.V14, Duration.ofSeconds(40), null);
        RecordingClient client = new RecordingClient(demo.url());
        CompletableFuture<RecordingClient.Answer> held = client.postAsync("/longpolling/poll", poll("shop", 0));
        assertThat(held).failsWithin(Duration.ofMillis(150)).withThrowableThat()
                .isInstanceOf(TimeoutException.class);

        RecordingClient.Answer send = client.call("/longpolling/send",
                "{\"channel\":\"shop\",\"message\":{\"type\":\"pos.sync\",\"n\":42}}");

        assertThat(send.json().has("result")).as("None gives no result key").isFalse();
        // Bounded far below the 40 s hold: only a wake-up can answer this soon.
        JsonNode items = held.get(10, TimeUnit.SECONDS).result();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("channel").asText()).isEqualTo("shop");
        assertThat(items.get(0).get("message").get("n").asInt()).isEqualTo(42);
    }

    @Test
    void aPollReturnsAtOnceWhatIsNewerThanLastAndNothingOlder() throws Exception {
        DemoServer demo = start(Profile.V14, Duration.ofSeconds(40), null);
        long first = demo.publish("shop", JsonRpc.NODES.textNode("one"));
        long second = demo.publish("shop", JsonRpc.NODES.textNode("two"));
        demo.publish("elsewhere", JsonRpc.NODES.textNode("not mine"));
        RecordingClient client = new RecordingClient(demo.url());

        JsonNode items = client.post("/longpolling/poll", poll("shop", first), Duration.ofSeconds(5)).result();

        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asLong()).isEqualTo(second);
        CompletableFuture<RecordingClient.Answer> nothingNewer = client.postAsync("/longpolling/poll",
                poll("shop", second));
        assertThat(nothingNewer).failsWithin(Duration.ofMillis(200)).withThrowableThat()
                .isInstanceOf(TimeoutException.class);
    }

    @Test
    void lastZeroReplaysOnlyTheLastFiftySeconds() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        DemoServer demo = start(Profile.V14, SHORT_HOLD, clock);
        demo.publish("shop", JsonRpc.NODES.textNode("old"));
        clock.advance(Duration.ofSeconds(30));
        demo.publish("shop", JsonRpc.NODES.textNode("recent"));
        RecordingClient client = new RecordingClient(demo.url());

        assertThat(client.post("/longpolling/poll", poll("shop", 0)).result()).hasSize(2);
        clock.advance(Duration.ofSeconds(25));
        JsonNode items = client.post("/longpolling/poll", poll("shop", 0)).result();

        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("message").asText()).isEqualTo("recent");
    }

    @Test
    void aPingOnProfile14AnswersOneAndSendsPongOnThePosLongpollingChannel() throws Exception {
        DemoServer demo = start(Profile.V14, Duration.ofSeconds(40), null);
        RecordingClient client = new RecordingClient(demo.url());
        String channel = "[\\\"demo\\\",\\\"pos.longpolling\\\",\\\"1\\\"]";
        CompletableFuture<RecordingClient.Answer> held = client.postAsync("/longpolling/poll",
                poll(channel, demo.lastNotificationId()));
        assertThat(held).failsWithin(Duration.ofMillis(150)).withThrowableThat()
                .isInstanceOf(TimeoutException.class);

        RecordingClient.Answer ping = client.call("/pos_longpolling/update",
                "{\"message\":\"PING\",\"pos_id\":1,\"db_name\":\"demo\"}");

        assertThat(ping.result().asInt()).isEqualTo(1);
        JsonNode item = held.get(10, TimeUnit.SECONDS).result().get(0);
        assertThat(item.get("channel").asText()).isEqualTo("[\"demo\",\"pos.longpolling\",\"1\"]")
                .isEqualTo(demo.posLongpollingChannel(1));
        assertThat(item.get("message").asText()).isEqualTo("PONG");
    }

    @Test
    void profile15ItemsCarryTypeAndPayloadAndNoChannel() throws Exception {
        DemoServer demo = start(Profile.V15, SHORT_HOLD, null);
        demo.publish("shop", "pos.sync", JsonRpc.NODES.objectNode().put("n", 42));

        JsonNode item = new RecordingClient(demo.url()).post("/longpolling/poll", poll("shop", 0)).result().get(0);

        assertThat(item.has("channel")).isFalse();
        assertThat(item.at("/message/type").asText()).isEqualTo("pos.sync");
        assertThat(item.at("/message/payload/n").asInt()).isEqualTo(42);
    }

    @Test
    void heldPollsDoNotBlockOtherRequests() throws Exception {
        DemoServer demo = start(Profile.V15, Duration.ofSeconds(40), null);
        List<CompletableFuture<RecordingClient.Answer>> polls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            polls.add(new RecordingClient(demo.url()).postAsync("/longpolling/poll", poll("p" + i, 0)));
        }

        RecordingClient.Answer version = new RecordingClient(demo.url()).call("/web/webclient/version_info", "{}");

        assertThat(version.result().get("server_version").asText()).isEqualTo("15.0");
        assertThat(polls).noneMatch(CompletableFuture::isDone);
    }

    @Test
    void aChannelThatIsNotAStringIsRefusedWithTheRealError() throws Exception {
        DemoServer demo = start(Profile.V14, SHORT_HOLD, null);

        RecordingClient.Answer answer = new RecordingClient(demo.url()).call("/longpolling/poll",
                "{\"channels\":[[\"demo\",\"res.partner\",3]],\"last\":0}");

        assertThat(answer.error().at("/data/name").asText()).isEqualTo("builtins.Exception");
        assertThat(answer.error().at("/data/message").asText()).isEqualTo("bus.Bus only string channels are allowed.");
    }
}
