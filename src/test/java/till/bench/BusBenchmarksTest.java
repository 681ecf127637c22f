package till.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.Profile;
import till.odoo.JsonRpcClient;

/** The push benchmarks run end to end and report their figures; their values are not asserted (speed is benched). */
class BusBenchmarksTest {

    /** Runs a benchmark with JSON output and reads what it printed. */
    private static JsonNode json(Benchmark benchmark) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        benchmark.run(new PrintStream(out, true, StandardCharsets.UTF_8));
        return JsonRpcClient.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private interface Benchmark {
        void run(PrintStream out) throws Exception;
    }

    @Test
    void pushReportsPercentilesNextToALoopbackRoundTrip() throws Exception {
        JsonNode figures = json(out -> PushBenchmark.run(10, Profile.V15, true, out));

        assertThat(figures.path("samples").asInt()).isEqualTo(10);
        assertThat(figures.path("push_p99_ms").asDouble()).isGreaterThanOrEqualTo(figures.path("push_p50_ms")
                .asDouble()).isPositive();
        assertThat(figures.path("http_p50_ms").asDouble()).isPositive();
        assertThat(figures.has("ratio_p50")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void pushOverTheWebsocketReportsPercentilesNextToALoopbackWebsocketEcho(Profile profile) throws Exception {
        JsonNode figures = json(out -> PushBenchmark.run(10, profile, true, out));

        assertThat(figures.path("profile").asInt()).isEqualTo(profile.major());
        assertThat(figures.path("bus").asText()).isEqualTo("websocket");
        assertThat(figures.path("push_p99_ms").asDouble()).isGreaterThanOrEqualTo(figures.path("push_p50_ms")
                .asDouble()).isPositive();
        assertThat(figures.path("echo_p50_ms").asDouble()).isPositive();
        assertThat(figures.has("http_p50_ms")).isFalse();
    }

    @Test
    void reconnectOverTheWebsocketReportsBackToGreen() throws Exception {
        JsonNode figures = json(out -> ReconnectBenchmark.run(1, 200, Profile.V18, true, out));

        assertThat(figures.path("profile").asInt()).isEqualTo(18);
        assertThat(figures.path("back_to_green_p50_ms").asDouble()).isPositive();
    }

    @Test
    void reconnectReportsBackToGreenAndTheSpreadOfAHundredTills() throws Exception {
        JsonNode figures = json(out -> ReconnectBenchmark.run(1, 200, Profile.V15, true, out));

        assertThat(figures.path("back_to_green_p50_ms").asDouble()).isPositive();
        assertThat(figures.path("tills").asInt()).isEqualTo(100);
        assertThat(figures.path("most_tills_in_one_second").asInt()).isBetween(1, 100);
        assertThat(figures.path("tills_green_max_ms").asDouble()).isGreaterThan(figures.path("tills_green_min_ms")
                .asDouble());
    }
}
