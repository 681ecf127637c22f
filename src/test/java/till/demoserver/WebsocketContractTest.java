package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import till.testsupport.Await;

/**
 * Replays the recorded 17, 18 and 19 websocket exchanges against the demo server with OkHttp's websocket client on a
 * loopback socket: the handshake as recorded (status, content type, the session cookie of the 101), then the
 * recorded frames in order: the client's frames are sent, and the server's are awaited and compared by structure
 * (text frames as JSON, closes by code and reason, pings by count).
 *
 * <p>The adaptation, all of it here: Origin names the demo; 17's channel becomes the demo's
 * {@code pos_session-<id>-<token>}; {@code last} is the demo's newest id (a {@code last} beyond it stays, to show it
 * counts as 0); each recorded notification is produced by publishing the recorded message on the channel when the
 * frames wait for it (565: before connecting); the server's idle time is 300 ms instead of 45 s; 510 is the
 * {@code ws-misroute} fault (one port plays both roles); 550 logs in a second session and destroys it first; 570
 * runs on a second demo with a 200 ms keep-alive, as the capture used a second instance.
 */
class WebsocketContractTest {

    /** Websocket exchanges not replayed, with the reason. */
    static final Map<String, String> NOT_COVERED = Map.of(
            "v17/505-ws-ping-not-answered.json", "OkHttp answers every ping by itself and cannot be told not to;"
                    + " WebsocketTest checks the drop with a raw socket that ignores pings",
            "v18/505-ws-ping-not-answered.json", "OkHttp answers every ping by itself and cannot be told not to;"
                    + " WebsocketTest checks the drop with a raw socket that ignores pings",
            "v19/505-ws-ping-not-answered.json", "OkHttp answers every ping by itself and cannot be told not to;"
                    + " WebsocketTest checks 19's earlier drop with a raw socket that ignores pings");

    private static final Duration IDLE = Duration.ofMillis(300);
    private static final String BOGUS_SESSION = "0123456789abcdef0123456789abcdef01234567";

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"17", "18", "19"})
    void everyWebsocketExchangeAnswersWithTheRecordedHandshakeAndFrames(String version) throws Exception {
        Path dir = TranscriptContract17And18Test.transcripts("v" + version);
        List<String> problems = new ArrayList<>();
        int replayed = 0;
        int websocket = 0;
        Profile profile = Profile.parse(version);
        try (DemoServer demo = DemoServer.start(DemoServerOptions.defaults().withProfile(profile)
                .withWebsocketIdle(IDLE))) {
            Shop shop = Shop.open(demo);
            for (Path file : TranscriptContract17And18Test.files(dir)) {
                JsonNode exchange = TranscriptContract17And18Test.read(file);
                String name = "v" + version + "/" + file.getFileName();
                if (!TranscriptContract17And18Test.isWebsocket(exchange)) {
                    continue;
                }
                websocket++;
                if (NOT_COVERED.containsKey(name)) {
                    continue;
                }
                if (name.contains("570-")) {
                    try (DemoServer second = DemoServer.start(DemoServerOptions.defaults().withProfile(profile)
                            .withWebsocketIdle(IDLE).withWebsocketKeepAlive(Duration.ofMillis(200)))) {
                        new Replay(Shop.open(second), name, exchange, problems).run();
                    }
                } else {
                    new Replay(shop, name, exchange, problems).run();
                }
                replayed++;
            }
        }
        assertThat(problems).as("websocket differences").isEmpty();
        assertThat(replayed).isEqualTo(websocket - (int) NOT_COVERED.keySet().stream()
                .filter(k -> k.startsWith("v" + version + "/")).count());
    }

    /** A demo with the shop opened as the capture had it: the admin logged in, the session open, data loaded. */
    private record Shop(DemoServer demo, String adminSession) {

        static Shop open(DemoServer demo) throws Exception {
            demo.openSession();
            RecordingClient admin = new RecordingClient(demo.url());
            admin.login();
            return new Shop(demo, admin.sessionId());
        }

        String secondSession() throws Exception {
            RecordingClient second = new RecordingClient(demo.url());
            second.login();
            return second.sessionId();
        }

        void destroy(String session) throws Exception {
            RecordingClient client = new RecordingClient(demo.url());
            client.useSessionId(session);
            client.call("/web/session/destroy", "{}");
        }
    }

    /** One exchange: the handshake, then the recorded frames in order. */
    private static final class Replay {
        private final Shop shop;
        private final DemoServer demo;
        private final String name;
        private final JsonNode exchange;
        private final List<String> problems;
        private SocketRecorder socket;

        Replay(Shop shop, String name, JsonNode exchange, List<String> problems) {
            this.shop = shop;
            this.demo = shop.demo();
            this.name = name;
            this.exchange = exchange;
            this.problems = problems;
        }

        void run() throws Exception {
            String session = cookie();
            if (name.contains("510-")) {
                demo.inject(Fault.of(FaultKind.WS_MISROUTE));
            }
            if (name.contains("565-")) {
                backlog();
            }
            socket = SocketRecorder.open(request(session));
            try {
                SocketRecorder.Event first = socket.next();
                if (handshake(first, session) && !name.contains("550-")) {
                    frames();
                } else if (name.contains("550-")) {
                    sessionExpires(session);
                }
            } finally {
                socket.close();
                demo.clearFaults();
                Await.until(() -> demo.openWebsockets() == 0, "sockets closed after " + name, 10);
            }
        }

        private String cookie() throws Exception {
            if (!exchange.at("/request/headers/Cookie").isTextual()) {
                return null;
            }
            if (name.contains("541-")) {
                return BOGUS_SESSION;
            }
            return name.contains("550-") ? shop.secondSession() : shop.adminSession();
        }

        private Request request(String session) {
            JsonNode headers = exchange.at("/request/headers");
            Request.Builder request = new Request.Builder()
                    .url(demo.url().resolve(exchange.at("/request/path").asText()).toString());
            if (headers.has("Origin")) {
                request.header("Origin", demo.url().toString());
            }
            if (headers.has("User-Agent")) {
                request.header("User-Agent", headers.get("User-Agent").asText());
            }
            if (session != null) {
                request.header("Cookie", "session_id=" + session);
            }
            return request.build();
        }

        /** Status, content type and the 101's cookie; true when the socket is open. */
        private boolean handshake(SocketRecorder.Event first, String session) {
            int status = exchange.at("/response/status").asInt();
            boolean open = first.kind().equals("open");
            int actual = open ? 101 : first.code();
            if (actual != status) {
                problem("status " + actual + " (" + first.text() + ") != " + status);
                return false;
            }
            String type = exchange.at("/response/headers/Content-Type").asText();
            if (!type.equals(first.response().header("Content-Type"))) {
                problem("content type " + first.response().header("Content-Type") + " != " + type);
            }
            String setCookie = first.response().header("Set-Cookie", "");
            String id = setCookie.startsWith("session_id=") ? setCookie.substring(11, setCookie.indexOf(';')) : null;
            String cookie = id == null ? "none" : id.equals(session) ? "same" : "new";
            if (!cookie.equals(TranscriptContract17And18Test.expectedCookie(exchange))) {
                problem("cookie " + cookie + " != " + TranscriptContract17And18Test.expectedCookie(exchange));
            }
            return open;
        }

        private void frames() throws Exception {
            for (JsonNode frame : exchange.get("frames")) {
                String dir = frame.get("dir").asText();
                String opcode = frame.get("opcode").asText();
                if (dir.equals("out") && opcode.equals("text")) {
                    socket.socket().send(RecordingClient.JSON.writeValueAsString(adapted(frame.get("data"))));
                } else if (dir.equals("out") && opcode.equals("close")) {
                    socket.socket().close(frame.at("/data/code").asInt(), null);
                } else if (dir.equals("in") && opcode.equals("text")) {
                    if (!name.matches(".*/(560|565)-.*")) {
                        Await.until(() -> demo.openWebsockets() > 0, "socket registered", 5);
                        publish(frame.get("data"));
                    }
                    expectText(frame.get("data"));
                } else if (dir.equals("in") && opcode.equals("ping")) {
                    int before = socket.receivedPings();
                    Await.until(() -> socket.receivedPings() > before, name + ": a ping after the silence", 10);
                } else if (dir.equals("in") && opcode.equals("close")) {
                    expectClose(frame.get("data"));
                    return;
                }
            }
        }

        private void sessionExpires(String session) throws Exception {
            socket.subscribe(demo.posChannel(), demo.lastNotificationId());
            Await.until(() -> demo.openWebsockets() > 0, "socket registered", 5);
            shop.destroy(session);
            demo.publish(demo.posChannel(), "TEST", JsonRpc.NODES.objectNode());
            for (JsonNode frame : exchange.get("frames")) {
                if (frame.get("dir").asText().equals("in") && frame.get("opcode").asText().equals("close")) {
                    expectClose(frame.get("data"));
                }
            }
        }

        /** The recorded subscribe with the demo's channel and {@code last}. */
        private JsonNode adapted(JsonNode recorded) {
            ObjectNode event = recorded.deepCopy();
            ObjectNode data = (ObjectNode) event.path("data");
            if (data.has("channels")) {
                data.putArray("channels").add(demo.posChannel());
            }
            long last = data.path("last").asLong(0);
            if (last < 999_999 && !name.contains("565-")) {
                data.put("last", demo.lastNotificationId());
            } else if (name.contains("565-")) {
                data.put("last", backlogFrom);
            }
            return event;
        }

        private long backlogFrom;

        /** 565: the notifications of the recorded frame are sent while no socket is open. */
        private void backlog() {
            backlogFrom = demo.lastNotificationId();
            for (JsonNode frame : exchange.get("frames")) {
                if (frame.get("dir").asText().equals("in") && frame.get("opcode").asText().equals("text")) {
                    publish(frame.get("data"));
                    return;
                }
            }
        }

        private void publish(JsonNode items) {
            for (JsonNode item : items) {
                demo.publish(demo.posChannel(), item.at("/message/type").asText(), item.at("/message/payload"));
            }
        }

        private void expectText(JsonNode recorded) throws InterruptedException {
            SocketRecorder.Event event = socket.next();
            if (!event.kind().equals("text")) {
                problem("expected a text frame, got " + event.kind() + " " + event.code() + " " + event.text());
                return;
            }
            List<String> found = new ArrayList<>();
            JsonStructure.compare("", recorded, event.json(), found);
            // How many notifications a frame carries is the point of 565; elsewhere it is the bus's history.
            if (name.contains("565-") && recorded.size() != event.json().size()) {
                found.add("frame has " + event.json().size() + " items, recorded " + recorded.size());
            }
            found.forEach(this::problem);
        }

        private void expectClose(JsonNode recorded) throws InterruptedException {
            SocketRecorder.Event event = socket.next();
            while (event.kind().equals("text")) {
                event = socket.next();
            }
            if (!event.kind().equals("close") || event.code() != recorded.get("code").asInt()
                    || !recorded.get("reason").asText().equals(event.text())) {
                problem("expected close " + recorded + ", got " + event.kind() + " " + event.code() + " "
                        + event.text());
            }
        }

        private void problem(String text) {
            problems.add(name + ": " + text);
        }
    }
}
