package till.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.testsupport.Await;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;

/**
 * The websocket killed at random points while notifications are published at a steady rate: during the upgrade,
 * right after the subscribe and at any moment (client-side cancels), and by the server (its TCP dropped, a frame cut in
 * the middle). The moments come from a seeded random; real time, real sockets. Every notification must be handled
 * exactly once, in id order, and every resubscribe must ask from the last id handled.
 */
class WebsocketKillTest {

    private static final int NOTIFICATIONS = 400;
    private static final long SEED = 20261201L;

    private final List<Long> published = Collections.synchronizedList(new ArrayList<>());
    private WebsocketRig rig;
    private ScheduledExecutorService drivers;
    private ExecutorScheduler timers;

    @AfterEach
    void stop() {
        if (drivers != null) {
            drivers.shutdownNow();
        }
        if (rig != null) {
            rig.close();
        }
        if (timers != null) {
            timers.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void everyNotificationIsHandledExactlyOnceInIdOrderWhateverKillsTheSocket(Profile profile) throws Exception {
        rig = WebsocketRig.start(profile);
        timers = new ExecutorScheduler("push-timer-kill-test");
        KillingDialer dialer = new KillingDialer(rig.dialer(WebsocketRig.settings()), SEED + profile.major(), 0.15,
                this::lastHandled);
        rig.connect(WebsocketRig.settings(), rig.endpoint(), dialer, timers, new WakeableSleeper(),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), new Random(SEED)::nextDouble));
        rig.states.await(ConnectionState.GREEN);
        drivers = Executors.newScheduledThreadPool(2);
        Random moments = new Random(SEED);

        drivers.scheduleAtFixedRate(this::publishOne, 0, 5, TimeUnit.MILLISECONDS);
        drivers.scheduleAtFixedRate(() -> kill(moments, dialer), 7, 20, TimeUnit.MILLISECONDS);
        Await.until(() -> published.size() >= NOTIFICATIONS, "every notification published", 60);
        drivers.shutdownNow();
        assertThat(drivers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        rig.demo.clearFaults();
        long newest = published.get(published.size() - 1);
        Await.until(() -> rig.handled.contains(newest), "the newest notification handled", 30);

        assertThat(rig.handled).containsExactlyElementsOf(published);
        assertThat(dialer.kills()).as("client-side kills").isGreaterThan(5);
        assertThat(dialer.opened()).as("sockets opened").isGreaterThan(10);
        assertThat(dialer.subscribes()).allSatisfy(s -> assertThat(s.last()).isEqualTo(s.handled()));
    }

    private void publishOne() {
        if (published.size() < NOTIFICATIONS) {
            published.add(rig.publish(published.size()));
        }
    }

    /** One random moment: a server-side drop or a mid-frame cut (on until the next moment), a client kill, or none. */
    private void kill(Random moments, KillingDialer dialer) {
        rig.demo.clear(FaultKind.WS_DROP);
        rig.demo.clear(FaultKind.WS_DROP_MID_FRAME);
        switch (moments.nextInt(6)) {
            case 0 -> rig.demo.inject(Fault.of(FaultKind.WS_DROP));
            case 1 -> rig.demo.inject(Fault.of(FaultKind.WS_DROP_MID_FRAME));
            case 2 -> dialer.killCurrent();
            default -> {
                // Let it run.
            }
        }
    }

    private long lastHandled() {
        synchronized (rig.handled) {
            return rig.handled.isEmpty() ? 0 : rig.handled.get(rig.handled.size() - 1);
        }
    }
}
