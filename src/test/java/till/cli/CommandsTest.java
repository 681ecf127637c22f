package till.cli;

import till.bench.BenchCommand;
import till.bench.CommitBenchmark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.OutboxEntry;
import till.store.TillStore;

class CommandsTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();

    private int run(Command command, String... args) throws Exception {
        CommandContext context = new CommandContext(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return command.run(List.of(args), context);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void simulatePrintsOnePaidLinePerOrderAndEachIsInTheOutboxWithThatTotal() throws Exception {
        assertThat(run(new SimulateCommand(), "--orders", "5", "--seed", "3")).isZero();
        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(5).allMatch(l -> l.matches("paid \\d{5}-\\d{3}-\\d{4} \\d+\\.\\d{2}"));
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            List<OutboxEntry> entries = store.outbox().list();
            assertThat(entries).hasSize(5);
            for (int i = 0; i < 5; i++) {
                String[] words = lines.get(i).split(" ");
                assertThat(entries.get(i).uid()).isEqualTo(words[1]);
                assertThat(entries.get(i).amountTotal()).isEqualByComparingTo(words[2]);
            }
        }
    }

    @Test
    void theSameSeedRingsUpTheSameTotals() throws Exception {
        run(new SimulateCommand(), "--orders", "4", "--seed", "7");
        List<String> first = output().lines().map(l -> l.split(" ")[2]).toList();
        out.reset();
        dataDir = Files.createDirectory(dataDir.resolve("second"));
        run(new SimulateCommand(), "--orders", "4", "--seed", "7");
        assertThat(output().lines().map(l -> l.split(" ")[2]).toList()).isEqualTo(first);
    }

    @Test
    void simulateWithoutOrdersIsAUsageError() {
        assertThatThrownBy(() -> run(new SimulateCommand(), "--rate", "2")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--orders");
    }

    @Test
    void outboxListJsonHasTheDocumentedKeys() throws Exception {
        run(new SimulateCommand(), "--orders", "2", "--seed", "1");
        out.reset();
        assertThat(run(new OutboxCommand(), "list", "--json")).isZero();
        JsonNode array = json.readTree(output());
        assertThat(array).hasSize(2);
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("uid", "name", "state", "amount_total",
                "paid_at", "attempts", "last_error");
        assertThat(first.get("state").asText()).isEqualTo("waiting");
        assertThat(first.get("amount_total").isNumber()).isTrue();
        assertThat(first.get("paid_at").asText()).endsWith("Z");
    }

    @Test
    void outboxListPrintsOneRowPerPaidOrder() throws Exception {
        run(new SimulateCommand(), "--orders", "3", "--seed", "1");
        out.reset();
        assertThat(run(new OutboxCommand(), "list")).isZero();
        assertThat(output().lines()).hasSize(5).last().isEqualTo("3 paid orders");
    }

    @Test
    void outboxExportWritesTheSameJsonToTheFile() throws Exception {
        run(new SimulateCommand(), "--orders", "2", "--seed", "1");
        out.reset();
        run(new OutboxCommand(), "list", "--json");
        String listed = output();
        Path file = dataDir.resolve("export.json");
        assertThat(run(new OutboxCommand(), "export", file.toString())).isZero();
        assertThat(json.readTree(file.toFile())).isEqualTo(json.readTree(listed));
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnknownOutboxSubcommandIsAUsageError() {
        assertThatThrownBy(() -> run(new OutboxCommand(), "purge")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> run(new OutboxCommand(), "list", "--yaml")).isInstanceOf(UsageException.class);
    }

    @Test
    void anUnknownBenchmarkIsAUsageErrorNamingIt() {
        BenchCommand bench = new BenchCommand(List.of(new CommitBenchmark()));
        assertThatThrownBy(() -> run(bench, "teleport")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown benchmark teleport").hasMessageContaining("till bench commit");
    }

    @Test
    void benchCommitJsonPrintsOneObjectWithTheDocumentedKeys() throws Exception {
        BenchCommand bench = new BenchCommand(List.of(new CommitBenchmark()));
        assertThat(run(bench, "commit", "--json", "--iterations", "20", "--warmup", "5",
                "--dir", dataDir.toString())).isZero();
        JsonNode result = json.readTree(output());
        assertThat(result.fieldNames()).toIterable().containsExactlyInAnyOrder("commit_p50_ms", "commit_p99_ms",
                "fsync_p50_ms", "fsync_p99_ms", "ratio", "iterations");
        assertThat(result.get("iterations").asInt()).isEqualTo(20);
        assertThat(result.get("commit_p50_ms").asDouble()).isPositive();
        try (var left = Files.list(dataDir)) {
            assertThat(left).as("the bench cleans up its temp directory").isEmpty();
        }
    }
}
