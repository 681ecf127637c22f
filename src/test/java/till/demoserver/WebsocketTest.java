package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.testsupport.Await;

class WebsocketTest {

    private final List<DemoServer> servers = new ArrayList<>();
    private final List<SocketRecorder> sockets = new ArrayList<>();

    @AfterEach
    void stop() {
        sockets.forEach(SocketRecorder::close);
        servers.forEach(DemoServer::close);
    }

    private DemoServer start(Profile profile, DemoServerOptions options) throws Exception {
        DemoServer demo = DemoServer.start(options.withProfile(profile));
        servers.add(demo);
        demo.openSession();
        return demo;
    }

    private DemoServer start(Profile profile) throws Exception {
        return start(profile, DemoServerOptions.defaults());
    }

    private SocketRecorder open(DemoServer demo, String sessionId) throws Exception {
        String version = demo.profile() == Profile.V18 ? "18.0-3" : "17.0-1";
        SocketRecorder socket = SocketRecorder.open(demo.url(), version, sessionId);
        sockets.add(socket);
        SocketRecorder.Event opened = socket.next();
        assertThat(opened.kind()).as(opened.text() + " " + opened.code()).isEqualTo("open");
        return socket;
    }

    private static String login(DemoServer demo) throws Exception {
        RecordingClient client = new RecordingClient(demo.url());
        client.login();
        return client.sessionId();
    }

    @Test
    void aSubscribedSocketGetsEveryNotificationOfItsChannelAsAFrameOfIdAndMessage() throws Exception {
        DemoServer demo = start(Profile.V17);
        SocketRecorder socket = open(demo, login(demo));
        socket.subscribe(demo.posChannel(), demo.lastNotificationId());
        Await.until(() -> demo.openWebsockets() == 1, "socket registered", 5);

        long id = demo.publish(demo.posChannel(), "TEST", JsonRpc.NODES.objectNode().put("n", 1));
        demo.publish("elsewhere", "TEST", JsonRpc.NODES.objectNode().put("n", 2));

        JsonNode frame = socket.next().json();
        assertThat(frame).hasSize(1);
        assertThat(frame.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(frame.at("/0/message/type").asText()).isEqualTo("TEST");
        assertThat(frame.at("/0/message/payload/n").asInt()).isEqualTo(1);
        assertThat(socket.quietFor(Duration.ofMillis(200))).as("nothing from another channel").isTrue();
    }

    @Test
    void everySyncedOrderOn18SendsASynchronisationNotificationOnTheConfigToken() throws Exception {
        DemoServer demo = start(Profile.V18);
        String session = login(demo);
        SocketRecorder socket = open(demo, session);
        socket.subscribe(demo.posChannel(), demo.lastNotificationId());
        Await.until(() -> demo.openWebsockets() == 1, "socket registered", 5);
        RecordingClient client = new RecordingClient(demo.url());
        client.useSessionId(session);

        RecordingClient.Answer answer = client.callKw("pos.order", "sync_from_ui", "[[" + TestOrders18.order("u-1",
                "Order 00003-001-0001") + "]]", "{\"context\":{\"login_number\":1}}");

        assertThat(answer.result().at("/pos.order/0/pos_reference").asText()).isEqualTo("Order 00003-001-0001");
        JsonNode frame = socket.next().json();
        assertThat(frame.at("/0/message/type").asText()).isEqualTo(demo.posChannel() + "-SYNCHRONISATION");
        assertThat(frame.at("/0/message/payload/login_number").asInt()).isEqualTo(1);
    }

    @Test
    void aResubscribeWithTheLastIdSeenGetsWhatWasSentMeanwhileInOneFrame() throws Exception {
        DemoServer demo = start(Profile.V17);
        String session = login(demo);
        long last = demo.publish(demo.posChannel(), "TEST", JsonRpc.NODES.objectNode().put("n", 1));
        demo.publish(demo.posChannel(), "TEST", JsonRpc.NODES.objectNode().put("n", 2));
        demo.publish(demo.posChannel(), "TEST", JsonRpc.NODES.objectNode().put("n", 3));

        SocketRecorder socket = open(demo, session);
        socket.subscribe(demo.posChannel(), last);

        JsonNode frame = socket.next().json();
        assertThat(frame).hasSize(2);
        assertThat(frame.at("/0/message/payload/n").asInt()).isEqualTo(2);
        assertThat(frame.at("/1/message/payload/n").asInt()).isEqualTo(3);
    }

    @Test
    void theServerPingsAnIdleSocketAndKeepsItWhileThePongsCome() throws Exception {
        DemoServer demo = start(Profile.V18, DemoServerOptions.defaults().withWebsocketIdle(Duration.ofMillis(150)));
        SocketRecorder socket = open(demo, login(demo));
        socket.subscribe(demo.posChannel(), 0);

        Await.until(() -> socket.receivedPings() >= 3, "three pings", 10);
        assertThat(demo.openWebsockets()).isEqualTo(1);
    }

    @Test
    void aDestroyedSessionClosesItsSocketWith4001AtTheNextNotification() throws Exception {
        DemoServer demo = start(Profile.V18);
        RecordingClient second = new RecordingClient(demo.url());
        second.login();
        SocketRecorder socket = open(demo, second.sessionId());
        socket.subscribe(demo.posChannel(), demo.lastNotificationId());
        Await.until(() -> demo.openWebsockets() == 1, "socket registered", 5);

        second.call("/web/session/destroy", "{}");
        demo.publish(demo.posChannel(), "TEST", JsonRpc.NODES.objectNode());

        SocketRecorder.Event closed = socket.next();
        assertThat(closed.kind()).isEqualTo("close");
        assertThat(closed.code()).isEqualTo(4001);
    }

    @Test
    void moreThanTenFramesInABurstCloseTheSocketWith1013() throws Exception {
        DemoServer demo = start(Profile.V17);
        SocketRecorder socket = open(demo, login(demo));
        for (int i = 0; i < 12; i++) {
            socket.subscribe(demo.posChannel(), 999_999);
        }

        SocketRecorder.Event event = socket.next();
        assertThat(event.kind()).isEqualTo("close");
        assertThat(event.code()).isEqualTo(1013);
    }

    @Test
    void aSocketOlderThanItsKeepAliveIsClosedWith4002AtTheNextIdleCheck() throws Exception {
        DemoServer demo = start(Profile.V18, DemoServerOptions.defaults()
                .withWebsocketIdle(Duration.ofMillis(100)).withWebsocketKeepAlive(Duration.ofMillis(300)));
        SocketRecorder socket = open(demo, login(demo));
        socket.subscribe(demo.posChannel(), 0);

        SocketRecorder.Event event = socket.next();
        assertThat(event.kind()).isEqualTo("close");
        assertThat(event.code()).isEqualTo(4002);
    }

    @Test
    void withoutOriginTheUpgradeIsRefusedWith400AsOdooDoes() throws Exception {
        DemoServer demo = start(Profile.V18);
        SocketRecorder socket = SocketRecorder.open(new okhttp3.Request.Builder()
                .url(demo.url().resolve("/websocket?version=18.0-3").toString()).build());
        sockets.add(socket);

        SocketRecorder.Event event = socket.next();
        assertThat(event.kind()).isEqualTo("failure");
        assertThat(event.code()).isEqualTo(400);
    }

    @Test
    void onProfiles14And15TheWebsocketRouteIsAnHtml404() throws Exception {
        for (Profile profile : List.of(Profile.V14, Profile.V15)) {
            DemoServer demo = start(profile);
            SocketRecorder socket = SocketRecorder.open(demo.url(), "15.0-1", null);
            sockets.add(socket);

            SocketRecorder.Event event = socket.next();
            assertThat(event.kind()).isEqualTo("failure");
            assertThat(event.code()).isEqualTo(404);
        }
    }

    @Test
    void aBrowserLikeClientWithTheWrongVersionIsClosedWithOutdatedVersion() throws Exception {
        DemoServer demo = start(Profile.V17);
        SocketRecorder socket = SocketRecorder.open(new okhttp3.Request.Builder()
                .url(demo.url().resolve("/websocket?version=16.0-1").toString())
                .header("Origin", demo.url().toString()).header("User-Agent", "Mozilla/5.0 Chrome/120.0").build());
        sockets.add(socket);

        assertThat(socket.next().kind()).isEqualTo("open");
        SocketRecorder.Event event = socket.next();
        assertThat(event.kind()).isEqualTo("close");
        assertThat(event.code()).isEqualTo(1000);
        assertThat(event.text()).isEqualTo("OUTDATED_VERSION");
    }

    @Test
    void aPingLeftUnansweredDropsTheConnectionWithoutACloseFrame() throws Exception {
        DemoServer demo = start(Profile.V18, DemoServerOptions.defaults().withWebsocketIdle(Duration.ofMillis(200)));
        // A raw client: OkHttp answers every ping by itself, a stuck till does not.
        try (java.net.Socket raw = new java.net.Socket("127.0.0.1", demo.url().getPort())) {
            raw.setSoTimeout(10_000);
            raw.getOutputStream().write(("GET /websocket?version=18.0-3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nOrigin: " + demo.url() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = raw.getInputStream();
            String head = new String(in.readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(head).isEqualTo("HTTP/1.1 101");
            List<Integer> opcodes = new ArrayList<>();
            for (int b = in.read(); b >= 0; b = in.read()) {
                opcodes.add(b);
            }
            // The header ends the 101; after it the server sent one empty ping (0x89 0x00) and then closed TCP.
            assertThat(opcodes.subList(opcodes.size() - 2, opcodes.size())).containsExactly(0x89, 0x00);
        }
        Await.until(() -> demo.openWebsockets() == 0, "socket dropped", 5);
    }

    @Test
    void nineteenDropsAnUnansweredPingAfterAThirdOfTheIdleWhereEighteenWaitsAllOfIt() throws Exception {
        Duration idle = Duration.ofMillis(1500);
        DemoServer demo = start(Profile.V19, DemoServerOptions.defaults().withWebsocketIdle(idle));
        try (java.net.Socket raw = new java.net.Socket("127.0.0.1", demo.url().getPort())) {
            raw.setSoTimeout(10_000);
            raw.getOutputStream().write(("GET /websocket?version=19.0-2 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nOrigin: " + demo.url() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = raw.getInputStream();
            StringBuilder header = new StringBuilder();
            while (!header.toString().endsWith("\r\n\r\n")) {
                header.append((char) in.read());
            }
            long opened = System.nanoTime();
            assertThat(in.read()).as("a ping").isEqualTo(0x89);
            assertThat(in.read()).isEqualTo(0x00);
            assertThat(in.read()).as("TCP closed, no close frame").isEqualTo(-1);
            long dropped = System.nanoTime();

            // Ping after 40/45 of the idle, then the drop a third of it later (v19 505: 15 s where 18 waits 45 s).
            Duration ping = idle.multipliedBy(40).dividedBy(45);
            assertThat(Duration.ofNanos(dropped - opened)).as("from the upgrade to the drop")
                    .isGreaterThanOrEqualTo(ping.plus(idle.dividedBy(3)).minusMillis(50))
                    .isLessThan(ping.plus(idle).minusMillis(300));
        }
    }
}
