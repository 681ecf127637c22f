package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import till.testsupport.Await;

class WebsocketFaultTest {

    private DemoServer demo;
    private String session;
    private final List<SocketRecorder> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V18)
                .withWebsocketIdle(Duration.ofMillis(150)));
        demo.openSession();
        RecordingClient client = new RecordingClient(demo.url());
        client.login();
        session = client.sessionId();
    }

    @AfterEach
    void stop() {
        sockets.forEach(SocketRecorder::close);
        demo.close();
    }

    private SocketRecorder connect() {
        SocketRecorder socket = SocketRecorder.open(demo.url(), "18.0-3", session);
        sockets.add(socket);
        return socket;
    }

    private SocketRecorder subscribed() throws Exception {
        SocketRecorder socket = connect();
        assertThat(socket.next().kind()).isEqualTo("open");
        socket.subscribe(demo.posChannel(), demo.lastNotificationId());
        Await.until(() -> demo.openWebsockets() == 1, "socket registered", 5);
        return socket;
    }

    private void notifyTill() {
        demo.publish(demo.posChannel(), "TEST", JsonRpc.NODES.objectNode().put("hello", "x".repeat(300)));
    }

    @Test
    void wsRefuseAnswersTheUpgradeWithTheChosenStatus() throws Exception {
        demo.inject(Fault.parse("ws-refuse=403"));

        SocketRecorder.Event event = connect().next();

        assertThat(event.kind()).isEqualTo("failure");
        assertThat(event.code()).isEqualTo(403);
    }

    @Test
    void wsMisrouteAnswersTheHtml500OfAMultiWorkerMainPort() throws Exception {
        demo.inject(Fault.of(FaultKind.WS_MISROUTE));

        SocketRecorder.Event event = connect().next();

        assertThat(event.kind()).isEqualTo("failure");
        assertThat(event.code()).isEqualTo(500);
        assertThat(event.response().header("Connection")).isEqualTo("close");
        assertThat(new RecordingClient(demo.url()).get("/websocket?version=18.0-3").body())
                .contains("<title>500 Internal Server Error</title>");
    }

    @Test
    void wsDropCutsTheOpenSocketWithoutACloseFrame() throws Exception {
        SocketRecorder socket = subscribed();

        demo.inject(Fault.of(FaultKind.WS_DROP));

        assertThat(socket.next().kind()).isEqualTo("failure");
        Await.until(() -> demo.openWebsockets() == 0, "socket gone", 5);
    }

    @Test
    void wsDropMidFrameStopsANotificationHalfwayAndDropsTheConnection() throws Exception {
        SocketRecorder socket = subscribed();
        demo.inject(Fault.of(FaultKind.WS_DROP_MID_FRAME));

        notifyTill();

        SocketRecorder.Event event = socket.next();
        assertThat(event.kind()).isEqualTo("failure");
        assertThat(event.text()).contains("EOF");
    }

    @Test
    void wsCloseClosesOpenAndNewSocketsWithTheCode() throws Exception {
        SocketRecorder socket = subscribed();

        demo.inject(Fault.parse("ws-close=4001"));

        SocketRecorder.Event closed = socket.next();
        assertThat(closed.kind()).isEqualTo("close");
        assertThat(closed.code()).isEqualTo(4001);
        SocketRecorder again = connect();
        assertThat(again.next().kind()).isEqualTo("open");
        assertThat(again.next().code()).isEqualTo(4001);
    }

    @Test
    void wsStallStopsPingsAndNotificationsUntilClearedThenDeliversWhatCameMeanwhile() throws Exception {
        SocketRecorder socket = subscribed();
        demo.inject(Fault.of(FaultKind.WS_STALL));
        int pings = socket.receivedPings();

        notifyTill();

        assertThat(socket.quietFor(Duration.ofMillis(500))).isTrue();
        assertThat(socket.receivedPings()).isEqualTo(pings);
        demo.clear(FaultKind.WS_STALL);
        assertThat(socket.next().json().at("/0/message/type").asText()).isEqualTo("TEST");
    }

    @Test
    void wsSlowHoldsEveryNotificationFrameBack() throws Exception {
        SocketRecorder socket = subscribed();
        demo.inject(Fault.parse("ws-slow=600"));

        notifyTill();

        assertThat(socket.quietFor(Duration.ofMillis(300))).as("not yet").isTrue();
        assertThat(socket.next().kind()).isEqualTo("text");
    }

    @Test
    void hangOnTheWebsocketPathLeavesTheUpgradeUnanswered() throws Exception {
        demo.inject(Fault.parse("hang=/websocket"));

        SocketRecorder socket = connect();

        assertThat(socket.quietFor(Duration.ofMillis(300))).isTrue();
        demo.clear(FaultKind.HANG);
        assertThat(socket.next().kind()).isEqualTo("failure");
    }
}
