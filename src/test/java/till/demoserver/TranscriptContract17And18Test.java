package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the recorded 17, 18 and 19 HTTP exchanges against the demo server, in file order with the cookies the capture
 * sent, and compares each answer's structure with the recorded one, as {@link TranscriptContractTest} does for 14/15.
 * The websocket exchanges ({@code GET /websocket...}) are replayed by {@link WebsocketContractTest}.
 *
 * <p>The adaptation, all of it here: the database name becomes the demo's; a request is sent with the logged-in
 * cookie only when the recorded one carried a cookie; 070/075 send a made-up session id; 18's 549 logs in a second
 * session that 551 destroys; a peek with {@code last > 0} asks for as many notifications as were recorded.
 *
 * <p>Compared: HTTP status, content type, the session cookie set (none, the same id, a new id, as the recorded
 * response and its notes say), the body's keys and value kinds, and for errors the code, message,
 * {@code data.name}, {@code data.message} and {@code data.arguments} exactly, and the {@code id} kind.
 */
class TranscriptContract17And18Test {

    /** Exchanges not replayed here, with the reason. */
    static final Map<String, String> NOT_COVERED = Map.of(
            "v17/130-setup-create-bus-sender-action.json",
            "creates the capture's server action; the demo runs its bus test action for any id (the answer, an id,"
                    + " is still checked by the replay of 411)",
            "v19/201-load-data-params.json", "the schema of load_data (140 KB of field definitions); Till does not"
                    + " call it, and the demo does not keep it",
            "v19/920-json2-search-read-api-key.json", "the JSON-2 API with a bearer key: Till logs in with a"
                    + " password (decision 0192), the demo has no API keys",
            "v19/921-json2-no-api-key.json", "the JSON-2 API (decision 0192)",
            "v19/922-json2-session-cookie-only.json", "the JSON-2 API (decision 0192)");

    private static final String BOGUS_SESSION = "0123456789abcdef0123456789abcdef01234567";

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"17", "18", "19"})
    void everyHttpExchangeAnswersWithTheRecordedStructure(String version) throws Exception {
        Path dir = transcripts("v" + version);
        List<Path> files = files(dir);
        String recordedDb = read(dir.resolve("050-authenticate-ok.json")).at("/response/body/result/db").asText();
        List<String> problems = new ArrayList<>();
        int replayed = 0;
        int websocket = 0;
        try (DemoServer demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.parse(version)))) {
            Replay replay = new Replay(demo, new RecordingClient(demo.url()), new RecordingClient(demo.url()),
                    recordedDb);
            for (Path file : files) {
                String name = "v" + version + "/" + file.getFileName();
                JsonNode exchange = read(file);
                if (isWebsocket(exchange)) {
                    websocket++;
                } else if (!NOT_COVERED.containsKey(name)) {
                    replay.one(name, exchange, problems);
                    replayed++;
                }
            }
        }
        assertThat(problems).as("structure differences").isEmpty();
        assertThat(replayed + websocket).isEqualTo(files.size() - (int) NOT_COVERED.keySet().stream()
                .filter(k -> k.startsWith("v" + version + "/")).count());
    }

    static Path transcripts(String version) {
        String transcripts = System.getProperty("till.transcripts");
        assertThat(transcripts).as("system property till.transcripts (surefire sets it)").isNotNull();
        return Path.of(transcripts, version);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonNode read(Path file) throws IOException {
        return RecordingClient.JSON.readTree(file.toFile());
    }

    static boolean isWebsocket(JsonNode exchange) {
        String path = exchange.at("/request/path").asText();
        return exchange.at("/request/method").asText().equals("GET") && path.startsWith("/websocket")
                && !path.startsWith("/websocket/");
    }

    /** What Set-Cookie the recording shows: none, the same id as sent, or a new one. */
    static String expectedCookie(JsonNode exchange) {
        if (!exchange.at("/response/headers/Set-Cookie").asText().startsWith("session_id=")) {
            return "none";
        }
        String notes = exchange.get("notes").asText();
        return notes.substring(notes.lastIndexOf("[Cookie:")).contains("SAME") ? "same" : "new";
    }

    /** The replay state: the demo, the admin's cookie jar, a second login's jar (18's 549-551). */
    private record Replay(DemoServer demo, RecordingClient admin, RecordingClient second, String recordedDb) {

        void one(String name, JsonNode exchange, List<String> problems) throws Exception {
            boolean secondSession = name.matches("v1[89]/(549|551)-.*");
            RecordingClient client = secondSession ? second : admin;
            String kept = client.sessionId();
            boolean sendsCookie = exchange.at("/request/headers/Cookie").isTextual();
            if (name.contains("bogus-session")) {
                client.useSessionId(BOGUS_SESSION);
            } else if (!sendsCookie) {
                client.useSessionId(null);
            }
            String sent = client.sessionId();
            RecordingClient.Answer answer = send(client, exchange);
            compare(name, exchange, sent, answer, problems);
            // Only a login changes the jar for good; the capture went on with the cookie it had before.
            if (kept != null && !name.matches(".*/(050-authenticate-ok|549-setup-second-login).*")) {
                client.useSessionId(kept);
            }
        }

        private RecordingClient.Answer send(RecordingClient client, JsonNode exchange) throws Exception {
            String path = exchange.at("/request/path").asText();
            if (exchange.at("/request/method").asText().equals("GET")) {
                return client.get(path);
            }
            return client.post(path, body(exchange));
        }

        /** The recorded body with the adaptations: the database name and a peek's {@code last}. */
        private String body(JsonNode exchange) throws IOException {
            JsonNode body = exchange.at("/request/body").deepCopy();
            JsonNode params = body.path("params");
            if (exchange.at("/request/path").asText().equals("/websocket/peek_notifications")
                    && params.path("last").asLong() > 0) {
                int recorded = exchange.at("/response/body/result/notifications").size();
                ((ObjectNode) params).put("last", Math.max(0, demo.lastNotificationId() - recorded));
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
            if (!cookie.equals(expectedCookie(exchange))) {
                found.add("cookie " + cookie + " != " + expectedCookie(exchange));
            }
            JsonNode recorded = response.get("body");
            if (recorded.isObject()) {
                JsonStructure.compare("", recorded, answer.json(), found);
                for (String pointer : List.of("/error/code", "/error/message", "/error/data/name",
                        "/error/data/message", "/error/data/arguments")) {
                    if (!recorded.at(pointer).equals(answer.json().at(pointer))) {
                        found.add(pointer + " " + answer.json().at(pointer) + " != " + recorded.at(pointer));
                    }
                }
            } else if (!answer.body().startsWith(recorded.asText().substring(0, Math.min(20,
                    recorded.asText().length())))) {
                found.add("text body starts " + answer.body().substring(0, Math.min(40, answer.body().length())));
            }
            found.forEach(f -> problems.add(name + ": " + f));
        }
    }
}
