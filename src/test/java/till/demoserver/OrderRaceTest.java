package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo server plays Odoo's race on every profile's order intake: with {@code slow-commit} a second call carrying
 * an order while the first is still committing stores it again (search-then-create without a lock), and the server's
 * record shows the duplicate and the overlapping calls; with {@code unique-reference} the second call fails with
 * PostgreSQL's duplicate-key words instead; {@code answer-lost} commits and then drops the answer. 19 has a unique
 * constraint on the uuid and retries the losing call: both calls get the one stored order.
 */
class OrderRaceTest {

    private DemoServer demo;

    static Stream<Profile> profiles() {
        return Stream.of(Profile.V14, Profile.V15, Profile.V17, Profile.V18);
    }

    @AfterEach
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    /** A client logged in to a demo of this profile, with an open session where the profile starts without one. */
    private RecordingClient start(Profile profile, String... faults) throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(profile)
                .withFaults(Stream.of(faults).map(Fault::parse).toList()));
        if (profile == Profile.V17 || profile == Profile.V18) {
            demo.openSession();
        }
        RecordingClient client = new RecordingClient(demo.url());
        client.login();
        return client;
    }

    /** One call carrying the order {@code name} (18: with the uuid {@code key}). */
    private static RecordingClient.Answer send(RecordingClient client, Profile profile, String name) throws Exception {
        return switch (profile) {
            case V18 -> client.callKw("pos.order", "sync_from_ui", "[[" + TestOrders18.order(key(name), name) + "]]",
                    "{}");
            case V17 -> client.callKw("pos.order", "create_from_ui", TestOrders.batch(TestOrders.order(name, 1, 49,
                    1.20, true).replace("\"creation_date\":\"2026-11-29T21:52:37.343Z\"",
                    "\"date_order\":\"2026-11-29 21:52:37\"")), "{}");
            default -> client.callKw("pos.order", "create_from_ui", TestOrders.batch(TestOrders.order(name, 27)),
                    "{}");
        };
    }

    /** The identity the profile de-duplicates on. */
    private static String key(String name) {
        return "uuid-" + name.replace(' ', '-');
    }

    private static String identity(Profile profile, String name) {
        return profile == Profile.V18 ? key(name) : name;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void aSecondCallWhileTheFirstStillCommitsStoresTheOrderAgainAndTheRecordShowsIt(Profile profile)
            throws Exception {
        RecordingClient client = start(profile, "slow-commit=2");
        String name = "Order 00001-001-0001";

        List<RecordingClient.Answer> answers = both(() -> send(client, profile, name));

        assertThat(answers).allMatch(a -> a.status() == 200 && !a.body().contains("\"error\""));
        assertThat(demo.duplicates()).containsEntry(identity(profile, name), 2);
        assertThat(demo.overlappingOrderCalls()).containsExactly(identity(profile, name));
        JsonNode state = RecordingClient.JSON.readTree(client.get("/sandbox/state").body());
        assertThat(state.path("duplicates").path(identity(profile, name)).asInt()).isEqualTo(2);
        assertThat(state.path("overlapping_order_calls").get(0).asText()).isEqualTo(identity(profile, name));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void withAUniqueIndexTheSecondCallFailsWithTheDuplicateKeyWordsAndNothingIsStoredTwice(Profile profile)
            throws Exception {
        RecordingClient client = start(profile, "slow-commit=2", "unique-reference");
        String name = "Order 00001-001-0001";

        List<RecordingClient.Answer> answers = both(() -> send(client, profile, name));

        assertThat(answers).filteredOn(a -> a.body().contains("duplicate key value violates unique constraint"))
                .hasSize(1).allMatch(a -> a.body().contains("odoo.exceptions.ValidationError"));
        assertThat(demo.duplicates()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void aLostAnswerFollowsTheCommit(Profile profile) throws Exception {
        RecordingClient client = start(profile, "answer-lost=/web/dataset/call_kw/pos.order/");
        String name = "Order 00001-001-0001";

        assertThatThrownBy(() -> send(client, profile, name)).isInstanceOf(IOException.class);

        assertThat(demo.repeatedOrderCalls()).isEmpty();
        if (profile == Profile.V18) {
            assertThat(demo.orderReferences()).hasSize(1);
        } else {
            assertThat(demo.orderReferences()).containsExactly(name);
        }
    }

    @Test
    void nineteenStoresAnOrderOnceWhenTwoCallsOverlapAndAnswersBothWithIt() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V19)
                .withFaults(List.of(Fault.parse("slow-commit=2"))));
        demo.openSession();
        RecordingClient client = new RecordingClient(demo.url());
        client.login();
        String uuid = "uuid-Order-00003-001-0001";

        List<RecordingClient.Answer> answers = both(() -> client.callKw("pos.order", "sync_from_ui",
                "[[" + TestOrders19.order(uuid, "Order 00003-001-0001") + "]]", "{}"));

        assertThat(answers).allMatch(a -> a.status() == 200 && !a.body().contains("\"error\""));
        assertThat(answers).allMatch(a -> a.json().at("/result/pos.order/0/uuid").asText().equals(uuid));
        assertThat(demo.overlappingOrderCalls()).as("the calls did overlap").containsExactly(uuid);
        assertThat(demo.duplicates()).as("19's unique constraint on the uuid").isEmpty();
        assertThat(demo.orderReferences()).containsExactly("Order 00003-001-0001");
    }

    @Test
    void callsOneAfterTheOtherDoNotOverlapAndTheSecondIsSkippedAsOnOdoo() throws Exception {
        RecordingClient client = start(Profile.V15);
        send(client, Profile.V15, "Order 00001-001-0001");
        send(client, Profile.V15, "Order 00001-001-0001");

        assertThat(demo.repeatedOrderCalls()).containsEntry("Order 00001-001-0001", 2);
        assertThat(demo.overlappingOrderCalls()).isEmpty();
        assertThat(demo.duplicates()).isEmpty();
    }

    /** Runs the call twice at once and returns both answers. */
    private static List<RecordingClient.Answer> both(Call call) throws Exception {
        CompletableFuture<RecordingClient.Answer> first = CompletableFuture.supplyAsync(call::unchecked);
        CompletableFuture<RecordingClient.Answer> second = CompletableFuture.supplyAsync(call::unchecked);
        return List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS));
    }

    @FunctionalInterface
    private interface Call {
        RecordingClient.Answer run() throws Exception;

        default RecordingClient.Answer unchecked() {
            try {
                return run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
