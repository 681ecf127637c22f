package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the recorded 14 and 15 exchanges against the demo server, in file order with one cookie jar as they were
 * captured, and compares each answer's structure with the recorded one.
 *
 * <p>The adaptation, all of it here: the database name becomes the demo's; polls with {@code last > 0} use the
 * demo's newest bus id; 070/075 send a made-up session id and the jar then goes back to the logged-in id (as the
 * capture did); a poll that was woken by the next file's send (410 by 411, 415 by 416) runs concurrently with it;
 * polls are held 300 ms instead of 50 s.
 *
 * <p>Compared: HTTP status, content type, Set-Cookie (none, the same id, a new id), the body's keys and value kinds
 * (lists by their first element, text bodies by their start), and for errors the code, message, {@code data.name},
 * {@code data.message} and {@code data.arguments} exactly.
 */
class TranscriptContractTest {

    /** Exchanges not replayed, with the reason. */
    private static final Map<String, String> NOT_COVERED = Map.of(
            "v15/405-poll-concurrent-presence-race.json",
            "a race of two first polls creating bus.presence; the demo keeps no presence rows");

    /** A poll and the request that woke it during the capture. */
    private static final Map<String, String> WOKEN_BY = Map.of("410", "411", "415", "416");

    private static final String BOGUS_SESSION = "0123456789abcdef0123456789abcdef01234567";

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"14", "15"})
    void everyCoveredExchangeAnswersWithTheRecordedStructure(String version) throws Exception {
        String transcripts = System.getProperty("till.transcripts");
        assertThat(transcripts).as("system property till.transcripts (surefire sets it)").isNotNull();
        Path dir = Path.of(transcripts, "v" + version);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        String recordedDb = read(dir.resolve("050-authenticate-ok.json")).at("/response/body/result/db").asText();
        DemoServerOptions options = DemoServerOptions.defaults().withProfile(Profile.parse(version))
                .withHold(Duration.ofSeconds(2));
        List<String> problems = new ArrayList<>();
        int replayed = 0;
        try (DemoServer demo = DemoServer.start(options)) {
            Replay replay = new Replay(demo, new RecordingClient(demo.url()), recordedDb);
            for (int i = 0; i < files.size(); i++) {
                String name = "v" + version + "/" + files.get(i).getFileName();
                if (NOT_COVERED.containsKey(name)) {
                    continue;
                }
                JsonNode exchange = read(files.get(i));
                String trigger = WOKEN_BY.get(files.get(i).getFileName().toString().substring(0, 3));
                if (trigger != null) {
                    Path triggerFile = files.get(i + 1);
                    assertThat(triggerFile.getFileName().toString()).startsWith(trigger);
                    replay.concurrently(name, exchange, "v" + version + "/" + triggerFile.getFileName(),
                            read(triggerFile), problems);
                    i++;
                    replayed += 2;
                } else {
                    replay.one(name, exchange, problems);
                    replayed++;
                }
            }
        }
        assertThat(problems).as("structure differences").isEmpty();
        assertThat(replayed).isEqualTo(files.size() - (int) NOT_COVERED.keySet().stream()
                .filter(k -> k.startsWith("v" + version + "/")).count());
    }

    private static JsonNode read(Path file) throws IOException {
        return RecordingClient.JSON.readTree(file.toFile());
    }

    /** The replay state: the demo, the one cookie jar, and what the recorded database was called. */
    private record Replay(DemoServer demo, RecordingClient client, String recordedDb) {

        void one(String name, JsonNode exchange, List<String> problems) throws Exception {
            String logged = client.sessionId();
            boolean bogus = name.contains("bogus-session");
            if (bogus) {
                client.useSessionId(BOGUS_SESSION);
            }
            String sent = client.sessionId();
            RecordingClient.Answer answer = send(exchange);
            compare(name, exchange, sent, answer, problems);
            if (bogus) {
                client.useSessionId(logged);
            }
        }

        void concurrently(String pollName, JsonNode poll, String triggerName, JsonNode trigger,
                List<String> problems) throws Exception {
            String sent = client.sessionId();
            long before = demo.lastNotificationId();
            CompletableFuture<RecordingClient.Answer> held = client.postAsync(poll.at("/request/path").asText(),
                    body(poll));
            // The capture sent the trigger 2-3 s into the poll; here the poll must be parked before the send.
            awaitParked(held);
            compare(triggerName, trigger, sent, send(trigger), problems);
            compare(pollName, poll, sent, held.get(10, TimeUnit.SECONDS), problems);
            assertThat(demo.lastNotificationId()).isGreaterThan(before);
        }

        private void awaitParked(CompletableFuture<RecordingClient.Answer> held) {
            // Parked when the demo counts it held; the 2 s hold leaves a loaded machine time to send the trigger.
            till.testsupport.Await.until(() -> demo.heldPolls() == 1 || held.isDone(), "the poll parked", 10);
            assertThat(held).as("parked, not answered").isNotDone();
        }

        private RecordingClient.Answer send(JsonNode exchange) throws Exception {
            String path = exchange.at("/request/path").asText();
            if (exchange.at("/request/method").asText().equals("GET")) {
                return client.get(path);
            }
            return client.post(path, body(exchange));
        }

        /** The recorded body with the two adaptations: the database name and a poll's {@code last}. */
        private String body(JsonNode exchange) throws IOException {
            JsonNode body = exchange.at("/request/body").deepCopy();
            JsonNode params = body.path("params");
            if (params.path("last").asLong() > 0) {
                ((ObjectNode) params).put("last", demo.lastNotificationId());
            }
            String text = RecordingClient.JSON.writeValueAsString(body);
            return text.replaceAll("\\b" + recordedDb + "\\b", demo.database());
        }

        private void compare(String name, JsonNode exchange, String sent, RecordingClient.Answer answer,
                List<String> problems) {
            JsonNode response = exchange.get("response");
            List<String> found = new ArrayList<>();
            if (response.get("status").asInt() != answer.status()) {
                found.add("status " + answer.status() + " != " + response.get("status"));
            }
            String type = response.at("/headers/Content-Type").asText();
            if (!type.equals(answer.contentType())) {
                found.add("content type " + answer.contentType() + " != " + type);
            }
            String cookie = answer.setCookieId() == null ? "none" : answer.setCookieId().equals(sent) ? "same" : "new";
            if (!cookie.equals(expectedCookie(exchange.get("notes").asText()))) {
                found.add("cookie " + cookie + " != " + expectedCookie(exchange.get("notes").asText()));
            }
            JsonNode recorded = response.get("body");
            if (recorded.isObject()) {
                JsonStructure.compare("", recorded, answer.json(), found);
                compareError(recorded.path("error"), answer.json().path("error"), found);
            } else if (!answer.body().startsWith(recorded.asText().substring(0, 20))) {
                found.add("text body starts " + answer.body().substring(0, Math.min(40, answer.body().length())));
            }
            found.forEach(f -> problems.add(name + ": " + f));
        }

        private static void compareError(JsonNode recorded, JsonNode actual, List<String> found) {
            for (String pointer : List.of("/code", "/message", "/data/name", "/data/message", "/data/arguments")) {
                if (!recorded.at(pointer).equals(actual.at(pointer))) {
                    found.add("error" + pointer + " " + actual.at(pointer) + " != " + recorded.at(pointer));
                }
            }
        }

        private static String expectedCookie(String notes) {
            String remark = notes.substring(notes.lastIndexOf("[Cookie:"));
            if (remark.contains("No session_id Set-Cookie")) {
                return "none";
            }
            return remark.contains("SAME session id") ? "same" : "new";
        }
    }
}
