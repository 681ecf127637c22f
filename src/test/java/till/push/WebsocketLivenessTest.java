package till.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.push.BusCause.Kind;
import till.testsupport.Await;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;

/**
 * Till's own pings on a real socket and real time: a server that stops answering turns the icon orange once the
 * window passed, red when OkHttp gives the socket up at the next ping, and green again once it answers.
 */
class WebsocketLivenessTest {

    private static final WebsocketSettings QUICK_PINGS = WebsocketRig.settings()
            .withPings(Duration.ofMillis(1500), Duration.ofMillis(300));

    private WebsocketRig rig;
    private ExecutorScheduler timers;

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
        if (timers != null) {
            timers.close();
        }
    }

    @Test
    void aStalledServerTurnsGreenOrangeThenRedAndGreenAgainWhenItAnswers() throws Exception {
        rig = WebsocketRig.start(Profile.V18);
        timers = new ExecutorScheduler("push-timer-liveness-test");
        rig.connect(QUICK_PINGS, rig.endpoint(), rig.dialer(QUICK_PINGS), timers, new WakeableSleeper(),
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));
        rig.states.await(ConnectionState.GREEN);
        rig.awaitSockets(1);

        rig.demo.inject(Fault.of(FaultKind.WS_STALL));
        Await.until(() -> seen(ConnectionState.RED, Kind.PONG_TIMEOUT), "red after the unanswered ping", 10);
        rig.demo.clear(FaultKind.WS_STALL);
        long id = rig.publish(1);
        rig.awaitHandled(id);

        List<ConnectionStatus> all = rig.states.all();
        int orange = indexOf(all, ConnectionState.ORANGE, Kind.SILENT);
        int red = indexOf(all, ConnectionState.RED, Kind.PONG_TIMEOUT);
        assertThat(orange).as("orange before red: " + all).isPositive().isLessThan(red);
        assertThat(all.get(orange - 1).state()).isEqualTo(ConnectionState.GREEN);
        assertThat(all.get(orange).cause().words()).contains("has not answered Till's ping");
        assertThat(all.get(red).cause().words()).contains("did not answer Till's websocket ping");
    }

    private boolean seen(ConnectionState state, Kind kind) {
        return indexOf(rig.states.all(), state, kind) >= 0;
    }

    private static int indexOf(List<ConnectionStatus> all, ConnectionState state, Kind kind) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).state() == state && all.get(i).cause().kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
