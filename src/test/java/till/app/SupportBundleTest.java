package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.store.TillStore;
import till.testsupport.PaidOrders;

/** {@code till support-bundle FILE} on a real data directory: what the zip holds, and what it never holds. */
class SupportBundleTest {

    private static final String PASSWORD = "Corr3ct-Horse-Battery";
    private static final String SESSION = "4f1a9c2e77deadbeef0123";

    @TempDir
    Path dir;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aConfiguredDataDirectoryWithOrdersLogsAndSecrets() throws IOException {
        data = dir.resolve("data");
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("till.properties"), "server.url=https://shop.example.com\ndatabase=shop\n"
                + "login=till\npos.config.id=3\npassword.keep=true\n");
        Files.writeString(data.resolve("till.password"), PASSWORD + "\n");
        Files.writeString(data.resolve("manager.pin"), "salt:hash-of-the-pin\n");
        // Lines written before masking existed, or by a careless logger: the bundle must still hide the secrets
        // where they stand (decision 0153: a password is hidden in its field, never searched for in free text).
        Files.writeString(data.resolve("logs/till.log"), "2026-11-30T01:00:00.000Z INFO [main] x - Cookie: session_id="
                + SESSION + "\n2026-11-30T01:00:01.000Z INFO [main] x - login with {\"login\": \"till\","
                + " \"password\": \"" + PASSWORD + "\"}\n"
                + "2026-11-30T01:00:02.000Z INFO [server-connect] till.app.Backends - Odoo server version 17.0 at"
                + " https://shop.example.com\n");
        Files.writeString(data.resolve("logs/till.1.log"), "older line\n");
        Files.writeString(data.resolve("logs/connections.log"), "2026-11-30T01:00:03.000Z push channel STOPPED ->"
                + " GREEN (a poll completed)\n");
        Files.writeString(data.resolve("logs/unrelated.txt"), "not ours\n");
        try (TillStore store = TillStore.open(data, Clock.systemUTC())) {
            Instant paid = Instant.now().minusSeconds(3 * 3600);
            store.outbox().commitPaid(PaidOrders.paid(5, 1, 27, "2.50", 2, paid));
            store.outbox().commitPaid(PaidOrders.paid(5, 2, 27, "4.00", 2, paid.plusSeconds(60)));
        }
    }

    @Test
    void theBundleHoldsLogsHistoryVersionsConfigurationAndOutboxButNoSecret() throws IOException {
        Path zip = dir.resolve("bundle.zip");

        assertThat(till("support-bundle", zip.toString())).as(err()).isZero();

        assertThat(out()).contains("support bundle written to " + zip).contains(Files.size(zip) + " bytes");
        Map<String, String> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactlyInAnyOrder("versions.txt", "till.properties", "config-check.txt",
                "files.txt", "logs/till.log", "logs/till.1.log", "logs/connections.log", "outbox-summary.txt",
                "outbox-unsent.json", "README.txt");
        assertThat(entries.get("versions.txt")).contains("Till: ").contains("Java: 17").contains("OS: ")
                .contains("JavaFX: 21.").contains("Odoo server: 17.0");
        assertThat(entries.get("till.properties")).contains("server.url=https://shop.example.com")
                .contains("password.keep=true");
        assertThat(entries.get("config-check.txt")).startsWith("OK");
        assertThat(entries.get("logs/connections.log")).contains("push channel STOPPED -> GREEN");
        assertThat(entries.get("outbox-summary.txt")).contains("waiting:  2").contains("sent:     0")
                .contains("unsent amount: 6.50 in 2 orders").contains("h 0 min ago");
        assertThat(entries.get("outbox-unsent.json")).contains("\"amount_total\" : 4.00");
        assertThat(entries.get("README.txt")).contains("logs/connections.log").contains("till.password");
        assertThat(entries.get("files.txt")).contains("manager.pin").contains("till.password");
        entries.forEach((name, text) -> assertThat(text).as(name).doesNotContain(PASSWORD).doesNotContain(SESSION)
                .doesNotContain("hash-of-the-pin"));
    }

    @Test
    void whileTheTillHoldsTheStoreTheBundleIsWrittenWithoutTheOutboxAndSaysSo() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (TillStore running = TillStore.open(data, Clock.systemUTC())) {
            assertThat(till("support-bundle", zip.toString())).as(err()).isZero();
        }

        assertThat(err()).contains("the outbox summary is left out").contains("Another Till is already running");
        Map<String, String> entries = unzip(zip);
        assertThat(entries).doesNotContainKey("outbox-unsent.json");
        assertThat(entries.get("outbox-summary.txt")).startsWith("Left out: Another Till is already running");
        assertThat(entries.get("README.txt")).contains("The outbox summary is left out");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path zip = Files.writeString(dir.resolve("bundle.zip"), "keep me");

        assertThat(till("support-bundle", zip.toString())).isEqualTo(1);
        assertThat(err()).contains("already exists").contains("--force");
        assertThat(Files.readString(zip)).isEqualTo("keep me");

        assertThat(till("support-bundle", zip.toString(), "--force")).as(err()).isZero();
        assertThat(unzip(zip)).containsKey("README.txt");
    }

    @Test
    void aFolderThatDoesNotExistFailsWithExitCode1AndLeavesNothingBehind() throws IOException {
        Path zip = dir.resolve("missing/bundle.zip");

        assertThat(till("support-bundle", zip.toString())).isEqualTo(1);

        assertThat(err()).contains("cannot write " + zip);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }
    }

    @Test
    void withoutAFileItIsAUsageError() {
        assertThat(till("support-bundle")).isEqualTo(2);
        assertThat(err()).contains("Missing required parameter: 'FILE'").contains("usage: till support-bundle")
                .contains("[--force]");
    }

    private int till(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry e = entriesIn.getNextEntry(); e != null; e = entriesIn.getNextEntry()) {
                entries.put(e.getName(), new String(entriesIn.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
