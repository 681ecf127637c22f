package till.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.odoo.JsonRpcClient;
import till.testsupport.Transcripts;

/** Poll results and channel strings against the real 14 and 15 exchanges. */
class BusItemsTest {

    private static JsonNode result(String version, String file) {
        return Transcripts.read(version, file).path("response").path("body").path("result");
    }

    @Test
    void readsTheFourteenShapeWithItsChannel() {
        List<BusMessage> messages = BusItems.parse(result("v14", "410-poll-wakes-on-notification"));

        assertThat(messages).hasSize(1);
        BusMessage m = messages.get(0);
        assertThat(m.id()).isEqualTo(7);
        assertThat(m.channel()).isEqualTo("pos_test_b");
        assertThat(m.name()).isEqualTo("pos_test_b");
        assertThat(m.type()).isEqualTo("pos.sync");
        assertThat(m.payload().path("n").asInt()).isEqualTo(42);
    }

    @Test
    void readsThePongOnThePosChannelStringAndTakesItsName() {
        BusMessage pong = BusItems.parse(result("v14", "415-pos-longpolling-poll-gets-pong")).get(0);

        assertThat(pong.id()).isEqualTo(8);
        assertThat(pong.channel()).isEqualTo("[\"posdb14\",\"pos.longpolling\",\"1\"]");
        assertThat(pong.name()).isEqualTo("pos.longpolling");
        assertThat(pong.payload().asText()).isEqualTo("PONG");
        assertThat(pong.type()).isEmpty();
    }

    @Test
    void readsTheFifteenShapeWithTypeAndPayloadButNoChannel() {
        BusMessage m = BusItems.parse(result("v15", "410-poll-wakes-on-notification")).get(0);

        assertThat(m.id()).isEqualTo(10);
        assertThat(m.channel()).isEmpty();
        assertThat(m.name()).isEmpty();
        assertThat(m.type()).isEqualTo("pos.sync");
        assertThat(m.payload().path("from").asText()).isEqualTo("rpc server action");
    }

    @Test
    void anEmptyAnswerIsNoNotificationAndKeepsLast() {
        for (String version : List.of("v14", "v15")) {
            List<BusMessage> none = BusItems.parse(result(version, "400-poll-idle-timeout"));
            assertThat(none).isEmpty();
            assertThat(BusItems.newLast(9, none)).isEqualTo(9);
        }
    }

    @Test
    void aPeekAnswerCarriesItsItemsUnderNotifications() throws Exception {
        JsonNode peek = JsonRpcClient.MAPPER.readTree("{\"notifications\":[{\"id\":12,\"channel\":\"c\","
                + "\"message\":1}],"
                + "\"channels\":[\"c\"]}");

        assertThat(BusItems.parse(peek)).extracting(BusMessage::id).containsExactly(12L);
    }

    @Test
    void presenceItemsWithNegativeIdsNeverMoveLast() throws Exception {
        JsonNode items = JsonRpcClient.MAPPER.readTree("[{\"id\":-1,\"channel\":[\"db\",\"bus.presence\"],"
                + "\"message\":{}},{\"id\":\"x\"}]");

        List<BusMessage> messages = BusItems.parse(items);
        assertThat(messages).extracting(BusMessage::name).containsExactly("bus.presence");
        assertThat(BusItems.newLast(5, messages)).isEqualTo(5);
    }

    @Test
    void thePosChannelStringIsByteForByteWhatThePollSent() {
        JsonNode sent = Transcripts.read("v14", "415-pos-longpolling-poll-gets-pong").path("request").path("body")
                .path("params").path("channels").get(0);

        assertThat(PosChannels.of("posdb14", "pos.longpolling", 1)).isEqualTo(sent.asText());
    }

    @Test
    void pollRequestsCarryStringChannelsAndLastLikeTheRecordedOnes() {
        JsonNode recorded = Transcripts.read("v14", "415-pos-longpolling-poll-gets-pong").path("request")
                .path("body").path("params");
        List<String> names = new ArrayList<>();
        recorded.path("channels").forEach(c -> names.add(c.asText()));

        assertThat(names).allSatisfy(c -> assertThat(c).startsWith("[\""));
        assertThat(recorded.path("last").isIntegralNumber()).isTrue();
    }
}
