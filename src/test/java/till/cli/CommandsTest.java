package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.OutboxEntry;
import till.store.TillStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {

    @TempDir
    Path dataDir;

    private final ObjectMapper json = new ObjectMapper();
    private CliRun till;

    /** {@code till --data-dir DATA ARGS...}, with the data directory of this moment. */
    private int run(String... args) {
        till = new CliRun(dataDir);
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return till.run(all.toArray(String[]::new));
    }

    private String output() {
        return till.out();
    }

    @Test
    void simulatePrintsOnePaidLinePerOrderAndEachIsInTheOutboxWithThatTotal() throws Exception {
        assertThat(run("simulate", "--orders", "5", "--seed", "3")).isZero();
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
        run("simulate", "--orders", "4", "--seed", "7");
        List<String> first = output().lines().map(l -> l.split(" ")[2]).toList();
        dataDir = Files.createDirectory(dataDir.resolve("second"));
        run("simulate", "--orders", "4", "--seed", "7");
        assertThat(output().lines().map(l -> l.split(" ")[2]).toList()).isEqualTo(first);
    }

    @Test
    void simulateWithoutOrdersIsAUsageError() {
        assertThat(run("simulate", "--rate", "2")).isEqualTo(2);
        assertThat(till.err()).contains("--orders").contains("usage: till simulate");
    }

    @Test
    void outboxListJsonHasTheDocumentedKeys() throws Exception {
        run("simulate", "--orders", "2", "--seed", "1");
        assertThat(run("outbox", "list", "--json")).isZero();
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
        run("simulate", "--orders", "3", "--seed", "1");
        assertThat(run("outbox", "list")).isZero();
        assertThat(output().lines()).hasSize(5).last().isEqualTo("3 paid orders");
    }

    @Test
    void outboxExportWritesTheSameJsonToTheFile() throws Exception {
        run("simulate", "--orders", "2", "--seed", "1");
        run("outbox", "list", "--json");
        String listed = output();
        Path file = dataDir.resolve("export.json");
        assertThat(run("outbox", "export", file.toString())).isZero();
        assertThat(json.readTree(file.toFile())).isEqualTo(json.readTree(listed));
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnknownOutboxSubcommandIsAUsageError() {
        assertThat(run("outbox", "purge")).isEqualTo(2);
        assertThat(till.err()).contains("unknown command purge");
        assertThat(run("outbox", "list", "--yaml")).isEqualTo(2);
        assertThat(till.err()).contains("unknown option --yaml");
        assertThat(run("outbox")).isEqualTo(2);
        assertThat(till.err()).contains("usage: till outbox");
    }

    @Test
    void anUnknownBenchmarkIsAUsageErrorNamingIt() {
        assertThat(run("bench", "teleport")).isEqualTo(2);
        assertThat(till.err()).contains("unknown command teleport").contains("usage: till bench")
                .contains("commit");
    }

    @Test
    void benchCommitJsonPrintsOneObjectWithTheDocumentedKeys() throws Exception {
        assertThat(run("bench", "commit", "--json", "--iterations", "20", "--warmup", "5",
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

    @ParameterizedTest
    @ValueSource(strings = {"17", "18", "19"})
    void benchDrainRunsOnTheSeventeenEighteenAndNineteenDemoServersAndSaysWhichOne(String profile) throws Exception {
        assertThat(run("bench", "drain", "--json", "--orders", "60", "--profile", profile)).as(till.err()).isZero();

        JsonNode result = json.readTree(output());
        assertThat(result.get("profile").asInt()).isEqualTo(Integer.parseInt(profile));
        assertThat(result.get("orders").asInt()).isEqualTo(60);
        assertThat(result.get("drain_s").asDouble()).isPositive();
        assertThat(result.get("bare_s").asDouble()).isPositive();
    }

    @Test
    void benchDrainRefusesAProfileTheClientDoesNotSpeak() {
        assertThat(run("bench", "drain", "--profile", "16")).isEqualTo(2);
        assertThat(till.err()).contains("takes 14, 15, 17, 18 or 19, not 16");
    }

    @Test
    void benchCatalogRunsOnTheEighteenDemoServerAndPagesItsProducts() throws Exception {
        assertThat(run("bench", "catalog", "--json", "--products", "300", "--profile", "18")).as(till.err()).isZero();

        JsonNode result = json.readTree(output());
        assertThat(result.get("profile").asInt()).isEqualTo(18);
        assertThat(result.get("page_size").asInt()).as("18's pages: no server setting").isEqualTo(10_000);
        assertThat(result.get("incremental_records_read").asInt()).as("a reconnect reads only the 100 changed")
                .isEqualTo(100);
    }

    @Test
    void benchCatalogRefusesNineteenWhichHasNoGeneratedShop() {
        assertThat(run("bench", "catalog", "--profile", "19")).isEqualTo(2);
        assertThat(till.err()).contains("--products is not built for profile 19");
    }
}
