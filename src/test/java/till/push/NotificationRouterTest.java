package till.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import till.odoo.JsonRpcClient;

/**
 * Handlers by channel name and by type; unknown and failing ones never stop the others, and a failure on the
 * dispatching thread goes back to the caller.
 */
class NotificationRouterTest {

    private static List<BusMessage> parse(String json) throws Exception {
        return BusItems.parse(JsonRpcClient.MAPPER.readTree(json));
    }

    @Test
    void aFourteenMessageGoesToItsChannelNameAndAFifteenMessageToItsType() throws Exception {
        NotificationRouter router = new NotificationRouter();
        List<String> got = new ArrayList<>();
        router.onChannel("pos_orders_history", Runnable::run, m -> got.add("channel " + m.id()));
        router.onType("pos.sync", Runnable::run, m -> got.add("type " + m.id()));

        router.dispatch(parse("[{\"id\":1,\"channel\":\"[\\\"db\\\",\\\"pos_orders_history\\\",\\\"1\\\"]\","
                + "\"message\":{\"updated_orders\":[3]}},{\"id\":2,\"message\":{\"type\":\"pos.sync\",\"payload\":{}}},"
                + "{\"id\":3,\"message\":{\"type\":\"nobody.listens\",\"payload\":{}}}]"));

        assertThat(got).containsExactly("channel 1", "type 2");
        assertThat(router.channelNames()).containsExactly("pos_orders_history");
    }

    @Test
    void aFailingHandlerDoesNotStopTheOthers() throws Exception {
        NotificationRouter router = new NotificationRouter();
        List<Long> got = new ArrayList<>();
        router.onType("t", Runnable::run, m -> {
            throw new IllegalStateException("boom");
        });
        router.onType("t", Runnable::run, m -> got.add(m.id()));

        router.dispatch(parse("[{\"id\":4,\"message\":{\"type\":\"t\",\"payload\":1}},"
                + "{\"id\":5,\"message\":{\"type\":\"t\",\"payload\":2}}]"));

        assertThat(got).containsExactly(4L, 5L);
    }

    @Test
    void aHandlerFailureOnTheDispatchingThreadIsHandedBackAfterEveryHandlerRan() throws Exception {
        NotificationRouter router = new NotificationRouter();
        List<Long> got = new ArrayList<>();
        router.onType("t", Runnable::run, m -> {
            throw new IllegalStateException("boom " + m.id());
        });
        router.onType("t", Runnable::run, m -> got.add(m.id()));

        Optional<RuntimeException> failed = router.dispatch(parse("[{\"id\":4,\"message\":{\"type\":\"t\","
                + "\"payload\":1}},{\"id\":5,\"message\":{\"type\":\"t\",\"payload\":2}}]"));

        assertThat(got).containsExactly(4L, 5L);
        assertThat(failed).get().extracting(Throwable::getMessage).isEqualTo("boom 4");
        assertThat(failed.get().getSuppressed()).extracting(Throwable::getMessage).containsExactly("boom 5");
    }

    @Test
    void aHandlerFailureOnAnotherExecutorStaysThere() throws Exception {
        NotificationRouter router = new NotificationRouter();
        List<Runnable> later = new ArrayList<>();
        router.onType("t", later::add, m -> {
            throw new IllegalStateException("boom");
        });

        Optional<RuntimeException> failed = router.dispatch(parse("[{\"id\":4,\"message\":{\"type\":\"t\","
                + "\"payload\":1}}]"));
        later.forEach(Runnable::run);

        assertThat(failed).isEmpty();
    }

    @Test
    void partnerSyncAsksToReloadThoseCustomers() throws Exception {
        NotificationRouter router = new NotificationRouter();
        List<List<Long>> reloads = new ArrayList<>();
        router.onChannel(PartnerSyncHandler.CHANNEL, Runnable::run, new PartnerSyncHandler(reloads::add));
        String channel = PosChannels.of("shop", "pos_partner_sync", 3).replace("\"", "\\\"");

        router.dispatch(parse("[{\"id\":10236,\"channel\":\"" + channel + "\",\"message\":{\"message\":"
                + "\"update_partner_fields\",\"action\":\"\",\"partner_ids\":[44,45]}},{\"id\":10237,\"channel\":\""
                + channel + "\",\"message\":{\"message\":\"something_else\"}}]"));

        assertThat(reloads).containsExactly(List.of(44L, 45L));
    }

    @Test
    void theHandlerSeesTheMessageAsParsed() throws Exception {
        List<JsonNode> payloads = new ArrayList<>();
        NotificationRouter router = new NotificationRouter();
        router.onType("pos.sync", Runnable::run, m -> payloads.add(m.payload()));

        router.dispatch(parse("[{\"id\":10,\"message\":{\"type\":\"pos.sync\",\"payload\":{\"n\":42}}}]"));

        assertThat(payloads).extracting(p -> p.path("n").asInt()).containsExactly(42);
    }
}
