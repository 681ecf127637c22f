package till.push;

import till.worker.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static till.push.ConnectionState.GREEN;
import static till.push.ConnectionState.ORANGE;
import static till.push.ConnectionState.RED;
import static till.push.ConnectionState.ROTATING;
import static till.push.ConnectionState.STOPPED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.push.BusCause.Kind;
import till.odoo.JsonRpcClient;
import till.odoo.PosContext;
import till.odoo.VersionProfile;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.testsupport.Await;
import till.testsupport.MutableClock;

/**
 * The push connection with its long-polling transport against the demo server over real HTTP, with the icon's time
 * (timers and back-off waits) moved by the test.
 */
class PushConnectionTest {

    private static final Duration SHORT = Duration.ofMillis(400);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final ScheduledSleeper sleeper = new ScheduledSleeper(scheduler);
    private final RecordingStatusListener states = new RecordingStatusListener();
    private final FakeBusCursor cursor = new FakeBusCursor();
    private final NotificationRouter router = new NotificationRouter();
    private final AtomicInteger reloads = new AtomicInteger();
    private final List<BusMessage> received = Collections.synchronizedList(new ArrayList<>());
    private DemoServer demo;
    private PushConnection connection;

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private void serve(Profile profile, Duration hold, String... faults) throws Exception {
        List<Fault> list = java.util.Arrays.stream(faults).map(Fault::parse).toList();
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withHold(hold).withFaults(list));
    }

    private void startPoller(Duration pollTimeout) {
        startPoller(pollTimeout, Duration.ofSeconds(2));
    }

    private void startPoller(Duration pollTimeout, Duration callTimeout) {
        BusSettings settings = new BusSettings("demo", 1, demo.profile() == Profile.V14, Duration.ofSeconds(60),
                Duration.ofSeconds(10), pollTimeout, callTimeout, Duration.ofSeconds(2), Duration.ofSeconds(100));
        connection = connect(settings);
        connection.start(Optional.of(pos(demo.profile())));
    }

    /** A push connection on the demo server that needs no login; not started. */
    private PushConnection connect(BusSettings settings) {
        JsonRpcClient rpc = JsonRpcClient.create(demo.url());
        BusClock time = new BusClock(clock, scheduler, new Backoff(Backoff.RECONNECT_BASE, Backoff.RECONNECT_CAP,
                () -> 0.5));
        BusInbox inbox = new BusInbox(router, cursor, reloads::incrementAndGet, clock);
        PushConnection made = new PushConnection(() -> pos(demo.profile()), (pos, events) -> new LongPollingTransport(
                new BusCalls(rpc, rpc), settings, time, inbox, SessionRenewal.none(), events), demo.url().toString(),
                time, sleeper);
        made.addListener(Runnable::run, states);
        return made;
    }

    static PosContext pos(Profile profile) {
        return new PosContext(profile == Profile.V14 ? VersionProfile.V14 : VersionProfile.V15, "demo", 1, 1, 1, 2,
                null, Optional.empty(), Optional.empty());
    }

    private static void awaitThat(BooleanSupplier condition, String what) {
        Await.until(condition, what, 10);
    }

    /** On 14 the first long poll is held, then the PING (a task due now) goes out, as pos_longpolling does it. */
    private void pingWhenThePollIsHeld() throws InterruptedException {
        awaitThat(() -> demo.heldPolls() >= 1, "a held poll");
        // The transport schedules the PING as it sends the long poll; a poll cancelled by a click may still count as held.
        scheduler.advanceWhenScheduled(Duration.ZERO);
    }

    /** Lets the back-off retries run until the channel is green again (at most 10 s). */
    private void retryUntilGreen() {
        awaitThat(() -> {
            scheduler.advanceIfScheduled(Backoff.RECONNECT_CAP);
            return states.latest().state() == GREEN;
        }, "green after retries");
    }

    private void retry() throws InterruptedException {
        scheduler.advanceWhenScheduled(Backoff.RECONNECT_CAP);
    }

    @Test
    void fifteenStartsOrangeThenGreenAfterAPeekPoll() throws Exception {
        serve(Profile.V15, Duration.ofSeconds(5));
        startPoller(Duration.ofSeconds(10));

        ConnectionStatus green = states.await(GREEN);

        assertThat(states.states()).containsExactly(STOPPED, ORANGE, GREEN);
        assertThat(green.cause().kind()).isEqualTo(Kind.POLL_COMPLETED);
    }

    @Test
    void fourteenStartsOrangeThenGreenWhenThePongArrives() throws Exception {
        serve(Profile.V14, Duration.ofSeconds(5));
        startPoller(Duration.ofSeconds(10));
        states.await(ORANGE);

        pingWhenThePollIsHeld();

        ConnectionStatus green = states.await(GREEN);
        assertThat(states.states()).containsExactly(STOPPED, ORANGE, GREEN);
        assertThat(green.cause().kind()).isEqualTo(Kind.PONG_RECEIVED);
    }

    @Test
    void theServerGoingDownTurnsRedAndItsReturnTurnsGreenWithoutAClick() throws Exception {
        serve(Profile.V15, SHORT);
        startPoller(Duration.ofSeconds(5));
        states.await(GREEN);

        demo.inject(Fault.of(FaultKind.DOWN));
        ConnectionStatus red = states.await(RED);
        retry();
        assertThat(states.await(RED, Kind.REFUSED).since()).isEqualTo(red.since());
        demo.clear(FaultKind.DOWN);
        retryUntilGreen();

        assertThat(states.states()).doesNotContain(ROTATING).endsWith(RED, GREEN);
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aHangingPollTurnsRedAfterItsTimeout() throws Exception {
        serve(Profile.V15, SHORT, "hang=/longpolling/poll");
        startPoller(SHORT, Duration.ofSeconds(5));

        ConnectionStatus red = states.await(RED, Kind.TIMEOUT);

        assertThat(states.states()).containsExactly(STOPPED, ORANGE, RED);
        assertThat(red.cause().words()).contains("/longpolling/poll");
    }

    @Test
    void aMisroutedPollTurnsRedWithTheMisrouteExplanation() throws Exception {
        serve(Profile.V15, SHORT, "misroute-bus-unavailable");
        startPoller(SHORT);

        ConnectionStatus red = states.await(RED, Kind.BUS_UNAVAILABLE);

        assertThat(red.cause().words()).contains("bus.Bus unavailable");
        assertThat(red.cause().advice()).contains("8072");
    }

    @Test
    void aProxyErrorOnThePollSaysWhichStatusAndWhatToChange() throws Exception {
        serve(Profile.V14, SHORT, "proxy-502=/longpolling/poll");
        startPoller(SHORT);

        ConnectionStatus red = states.await(RED, Kind.PROXY_STATUS);

        assertThat(red.cause().words()).contains("HTTP 502");
        assertThat(red.cause().advice()).contains("proxy_read_timeout");
    }

    @Test
    void lateNotificationsGiveThePgBouncerExplanation() throws Exception {
        serve(Profile.V14, Duration.ofSeconds(2), "late-notifications");
        startPoller(Duration.ofSeconds(10));
        states.await(ORANGE);

        pingWhenThePollIsHeld();
        scheduler.advance(Duration.ofSeconds(10));
        states.await(RED, Kind.PONG_TIMEOUT);

        ConnectionStatus green = states.await(GREEN);
        assertThat(states.states()).containsExactly(STOPPED, ORANGE, RED, GREEN);
        assertThat(green.cause().kind()).isEqualTo(Kind.LATE_PUSH);
        assertThat(green.cause().advice()).contains("PgBouncer").contains("session");
    }

    @Test
    void aPollHeldByAnOrdinaryWorkerOnFourteenShowsTheLatePongWithBothExplanations() throws Exception {
        serve(Profile.V14, Duration.ofSeconds(2), "misroute-hold");
        startPoller(Duration.ofSeconds(10));
        states.await(ORANGE);

        pingWhenThePollIsHeld();
        scheduler.advance(Duration.ofSeconds(10));
        states.await(RED, Kind.PONG_TIMEOUT);

        ConnectionStatus green = states.await(GREEN);
        assertThat(states.states()).containsExactly(STOPPED, ORANGE, RED, GREEN);
        assertThat(green.cause().kind()).isEqualTo(Kind.LATE_PUSH);
        assertThat(green.cause().advice()).contains("PgBouncer", "ordinary workers", "8072");
    }

    @Test
    void aPollHeldByAnOrdinaryWorkerOnFifteenIsGreenAndItsNotificationsArriveOnlyWhenTheHoldEnds() throws Exception {
        serve(Profile.V15, Duration.ofSeconds(3), "misroute-hold");
        router.onChannel(PartnerSyncHandler.CHANNEL, Runnable::run, received::add);
        startPoller(Duration.ofSeconds(10));
        states.await(GREEN);
        awaitThat(() -> demo.heldPolls() >= 1, "a held poll");

        long sent = System.nanoTime();
        demo.publish(PosChannels.of("demo", PartnerSyncHandler.CHANNEL, 1), PartnerSyncHandler.CHANNEL,
                JsonRpcClient.MAPPER.createObjectNode());
        awaitThat(() -> !received.isEmpty(), "the notification");

        // Without pos_longpolling nothing measures the delay: the icon stays green (a known limit, docs/longpolling.md).
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("not woken: delivered with the hold's end")
                .isGreaterThan(Duration.ofSeconds(1));
        assertThat(states.states()).containsExactly(STOPPED, ORANGE, GREEN);
    }

    @Test
    void aClickWhileRedRotatesUntilTheOutcomeIsKnown() throws Exception {
        serve(Profile.V15, SHORT, "down");
        startPoller(Duration.ofSeconds(5));
        states.await(RED, Kind.REFUSED);

        connection.reconnectNow();
        states.await(RED, Kind.REFUSED);
        demo.clear(FaultKind.DOWN);
        connection.reconnectNow();
        states.await(GREEN);

        assertThat(states.states()).containsExactly(STOPPED, RED, ROTATING, RED, ROTATING, GREEN);
    }

    @Test
    void notificationsReachTheirHandlersAndARestartNeitherReplaysNorLosesThem() throws Exception {
        serve(Profile.V15, Duration.ofSeconds(5));
        router.onChannel(PartnerSyncHandler.CHANNEL, Runnable::run, received::add);
        String channel = PosChannels.of("demo", PartnerSyncHandler.CHANNEL, 1);
        startPoller(Duration.ofSeconds(10));
        states.await(GREEN);

        long first = demo.publish(channel, PartnerSyncHandler.CHANNEL, JsonRpcClient.MAPPER.createObjectNode());
        awaitThat(() -> received.size() == 1 && cursor.any() == first, "the first notification");
        connection.close();
        long second = demo.publish(channel, PartnerSyncHandler.CHANNEL, JsonRpcClient.MAPPER.createObjectNode());
        startPoller(Duration.ofSeconds(10));

        awaitThat(() -> received.size() == 2, "the second notification");
        assertThat(received).extracting(BusMessage::id).containsExactly(first, second);
        assertThat(cursor.any()).isEqualTo(second);
    }

    @Test
    void aGapLongerThanTheServerKeepsNotificationsAsksForAReload() throws Exception {
        serve(Profile.V15, SHORT);
        startPoller(Duration.ofSeconds(5));
        states.await(GREEN);

        demo.inject(Fault.of(FaultKind.DOWN));
        states.await(RED);
        clock.advance(Duration.ofSeconds(101));
        demo.clear(FaultKind.DOWN);
        retryUntilGreen();

        awaitThat(() -> reloads.get() == 1, "a reload");
    }

    @Test
    void aClickOnFourteenRotatesUntilThePongOfItsPingArrives() throws Exception {
        serve(Profile.V14, Duration.ofSeconds(5));
        startPoller(Duration.ofSeconds(10));
        states.await(ORANGE);
        pingWhenThePollIsHeld();
        states.await(GREEN);

        connection.reconnectNow();
        states.await(ROTATING);
        pingWhenThePollIsHeld();

        ConnectionStatus green = states.await(GREEN);
        assertThat(states.states()).containsExactly(STOPPED, ORANGE, GREEN, ROTATING, GREEN);
        assertThat(green.cause().kind()).isEqualTo(Kind.PONG_RECEIVED);
    }
}
