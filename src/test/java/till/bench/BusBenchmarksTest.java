package till.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.cli.CommandContext;
import till.odoo.JsonRpcClient;

/** The push benchmarks run end to end and report their figures; their values are not asserted (speed is benched). */
class BusBenchmarksTest {

    @TempDir
    Path dir;

    private JsonNode run(Benchmark benchmark, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = benchmark.run(List.of(args), new CommandContext(dir, new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err));
        assertThat(exit).isZero();
        return JsonRpcClient.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pushReportsPercentilesNextToALoopbackRoundTrip() throws Exception {
        JsonNode figures = run(new PushBenchmark(), "--samples", "10", "--json");

        assertThat(figures.path("samples").asInt()).isEqualTo(10);
        assertThat(figures.path("push_p99_ms").asDouble()).isGreaterThanOrEqualTo(figures.path("push_p50_ms")
                .asDouble()).isPositive();
        assertThat(figures.path("http_p50_ms").asDouble()).isPositive();
        assertThat(figures.has("ratio_p50")).isTrue();
    }

    @Test
    void reconnectReportsBackToGreenAndTheSpreadOfAHundredTills() throws Exception {
        JsonNode figures = run(new ReconnectBenchmark(), "--outages", "1", "--outage-ms", "200", "--json");

        assertThat(figures.path("back_to_green_p50_ms").asDouble()).isPositive();
        assertThat(figures.path("tills").asInt()).isEqualTo(100);
        assertThat(figures.path("most_tills_in_one_second").asInt()).isBetween(1, 100);
        assertThat(figures.path("tills_green_max_ms").asDouble()).isGreaterThan(figures.path("tills_green_min_ms")
                .asDouble());
    }
}
