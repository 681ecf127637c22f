package till.push;

import static org.assertj.core.api.Assertions.assertThat;
import static till.push.ConnectionState.GREEN;
import static till.push.ConnectionState.ORANGE;
import static till.push.ConnectionState.RED;
import static till.push.ConnectionState.STOPPED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.Profile;
import till.odoo.JsonRpcClient;
import till.odoo.PosContext;
import till.push.BusCause.Kind;
import till.testsupport.Await;
import till.testsupport.MutableClock;
import till.worker.Backoff;
import till.worker.Pause;

/**
 * What no push connection may do: die silently, or keep the till waiting when it closes. Unexpected failures inside
 * its worker (a notification handler, the login, the transport) turn the icon red with the internal error and the
 * connection comes back by itself; closing returns within 2 s while a call hangs at the server. The demo server on
 * loopback, real HTTP; the timers and back-off waits are moved by the test.
 */
class PushConnectionFailuresTest {

    private static final Duration HOLD = Duration.ofSeconds(5);
    /** The deadline of every call: longer than any test, so only a cancel ends a call that hangs. */
    private static final Duration CALL = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final RecordingStatusListener states = new RecordingStatusListener();
    private final NotificationRouter router = new NotificationRouter();
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

    private void serve(Duration hold, String... faults) throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withHold(hold)
                .withFaults(Arrays.stream(faults).map(Fault::parse).toList()));
    }

    private void start(BusCursor cursor, PushConnection.Connector connector) {
        JsonRpcClient rpc = JsonRpcClient.create(demo.url());
        BusSettings settings = new BusSettings("demo", 1, false, Duration.ofSeconds(60), Duration.ofSeconds(10),
                CALL, CALL, Duration.ofSeconds(2), Duration.ofSeconds(100));
        BusClock time = new BusClock(clock, scheduler, new Backoff(Backoff.RECONNECT_BASE, Backoff.RECONNECT_CAP,
                () -> 0.5));
        BusInbox inbox = new BusInbox(router, cursor, () -> { }, clock);
        connection = new PushConnection(connector, (pos, events) -> new LongPollingTransport(new BusCalls(rpc, rpc),
                settings, time, inbox, SessionRenewal.none(), events), demo.url().toString(), time,
                new ScheduledSleeper(scheduler));
        connection.addListener(Runnable::run, states);
        connection.start(Optional.empty());
    }

    private static PosContext pos() {
        return PushConnectionTest.pos(Profile.V15);
    }

    private long publish() {
        return demo.publish(PosChannels.of("demo", PartnerSyncHandler.CHANNEL, 1), PartnerSyncHandler.CHANNEL,
                JsonRpcClient.MAPPER.createObjectNode());
    }

    private static void awaitThat(BooleanSupplier condition, String what) {
        Await.until(condition, what, 10);
    }

    /** Lets back-off waits (the worker's restart included) pass until the icon is green again. */
    private void waitOutBackOffsUntilGreen() {
        awaitThat(() -> {
            scheduler.advanceIfScheduled(Backoff.RECONNECT_CAP);
            return states.latest().state() == GREEN;
        }, "green after the back-off");
    }

    private static void assertInternal(ConnectionStatus red, String cause) {
        assertThat(red.cause().words()).isEqualTo("internal error: " + cause);
        assertThat(red.cause().advice()).contains("starts again by itself", "support bundle");
    }

    @Test
    void aHandlerThatThrowsTurnsTheIconRedWithTheInternalErrorAndTheConnectionComesBack() throws Exception {
        serve(HOLD);
        AtomicInteger handled = new AtomicInteger();
        router.onChannel(PartnerSyncHandler.CHANNEL, Runnable::run, m -> {
            if (handled.incrementAndGet() == 1) {
                throw new IllegalStateException("partner 44 has no name");
            }
            received.add(m);
        });
        FakeBusCursor cursor = new FakeBusCursor();
        start(cursor, PushConnectionFailuresTest::pos);
        states.await(GREEN);

        long first = publish();
        ConnectionStatus red = states.await(RED, Kind.INTERNAL);
        assertInternal(red, "IllegalStateException: partner 44 has no name");
        waitOutBackOffsUntilGreen();
        long second = publish();

        awaitThat(() -> received.size() == 1, "the next notification, after the restart");
        assertThat(received).extracting(BusMessage::id).containsExactly(second);
        assertThat(handled).as("the message that failed is not handed out again").hasValue(2);
        assertThat(cursor.any()).isEqualTo(second).isGreaterThan(first);
        assertThat(states.states()).endsWith(GREEN, RED, ORANGE, GREEN);
    }

    @Test
    void aLoginThatThrowsUnexpectedlyTurnsTheIconRedAndIsTriedAgain() throws Exception {
        serve(HOLD);
        AtomicInteger logins = new AtomicInteger();

        start(new FakeBusCursor(), () -> {
            if (logins.incrementAndGet() == 1) {
                throw new NullPointerException("pos.config 1 has no currency");
            }
            return pos();
        });

        assertInternal(states.await(RED, Kind.INTERNAL), "NullPointerException: pos.config 1 has no currency");
        waitOutBackOffsUntilGreen();
        assertThat(logins).hasValue(2);
        assertThat(states.states()).containsExactly(STOPPED, RED, ORANGE, GREEN);
    }

    @Test
    void aTransportThatThrowsUnexpectedlyTurnsTheIconRedAndComesBackWithoutLosingTheMessage() throws Exception {
        serve(HOLD);
        router.onChannel(PartnerSyncHandler.CHANNEL, Runnable::run, received::add);
        FakeBusCursor saved = new FakeBusCursor();
        AtomicInteger saves = new AtomicInteger();
        BusCursor cursor = new BusCursor() {
            @Override
            public long last(String server) {
                return saved.last(server);
            }

            @Override
            public void save(String server, long last) {
                if (saves.incrementAndGet() == 1) {
                    throw new IllegalStateException("the bus cursor cannot be written");
                }
                saved.save(server, last);
            }
        };
        start(cursor, PushConnectionFailuresTest::pos);
        states.await(GREEN);

        long id = publish();
        assertInternal(states.await(RED, Kind.INTERNAL), "IllegalStateException: the bus cursor cannot be written");
        waitOutBackOffsUntilGreen();

        awaitThat(() -> saved.any() == id, "the cursor saved after the restart");
        assertThat(received).extracting(BusMessage::id).as("handed out again: its cursor was never saved")
                .containsExactly(id, id);
    }

    @Test
    void aTimerThatThrowsFailsTheConnectionWhichComesBackWithANewTransport() throws Exception {
        BusClock time = new BusClock(clock, scheduler, Backoff.reconnecting());
        List<PushEvents> transports = Collections.synchronizedList(new ArrayList<>());
        connection = new PushConnection(PushConnectionFailuresTest::pos, (pos, events) -> {
            transports.add(events);
            return new TimedTransport(events, scheduler, transports.size() == 1);
        }, "http://shop", time, new ScheduledSleeper(scheduler));
        connection.addListener(Runnable::run, states);
        connection.start(Optional.empty());
        states.await(GREEN);

        scheduler.advanceWhenScheduled(Duration.ofSeconds(1));

        assertInternal(states.await(RED, Kind.INTERNAL), "IllegalStateException: the pong timer broke");
        waitOutBackOffsUntilGreen();
        assertThat(transports).hasSize(2);
    }

    /** A transport that is alive at once and, the first time, has a timer that throws one second later. */
    private static final class TimedTransport implements PushTransport {

        private final PushEvents events;
        private final ManualScheduler timers;
        private final boolean breaks;
        private boolean opened;

        TimedTransport(PushEvents events, ManualScheduler timers, boolean breaks) {
            this.events = events;
            this.timers = timers;
            this.breaks = breaks;
        }

        @Override
        public Pause round() {
            if (!opened) {
                opened = true;
                events.alive(BusCause.pollCompleted());
                if (breaks) {
                    timers.schedule(Duration.ofSeconds(1), () -> events.unexpected(
                            new IllegalStateException("the pong timer broke")));
                }
            }
            return Pause.idle(Duration.ofHours(1));
        }

        @Override
        public void reconnectNow() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void closingWhileAPollIsHeldAtTheServerCancelsItAndReturnsWithinTwoSeconds() throws Exception {
        serve(Duration.ofSeconds(60));
        start(new FakeBusCursor(), PushConnectionFailuresTest::pos);
        states.await(GREEN);
        awaitThat(() -> demo.heldPolls() == 1, "a poll held at the server");

        assertStopsWithinTwoSeconds();
    }

    @Test
    void closingWhileThePollHangsAtTheServerCancelsItAndReturnsWithinTwoSeconds() throws Exception {
        serve(HOLD, "hang=/longpolling/poll");
        start(new FakeBusCursor(), PushConnectionFailuresTest::pos);
        states.await(ORANGE);
        awaitThat(PushConnectionFailuresTest::hungAtTheServer, "the poll hanging at the server");

        assertStopsWithinTwoSeconds();
    }

    @Test
    void closingWhileTheLoginHangsAtTheServerCancelsItAndReturnsWithinTwoSeconds() throws Exception {
        serve(HOLD, "hang");
        JsonRpcClient rpc = JsonRpcClient.create(demo.url());
        start(new FakeBusCursor(), new PushConnection.Connector() {
            private volatile JsonRpcClient.PendingCall call;

            @Override
            public PosContext connect() throws Exception {
                call = rpc.start("/web/webclient/version_info", JsonRpcClient.MAPPER.createObjectNode(), CALL);
                call.await();
                return pos();
            }

            @Override
            public void cancel() {
                if (call != null) {
                    call.cancel();
                }
            }
        });
        awaitThat(PushConnectionFailuresTest::hungAtTheServer, "the login hanging at the server");

        assertStopsWithinTwoSeconds();
    }

    private void assertStopsWithinTwoSeconds() throws InterruptedException {
        long start = System.nanoTime();
        boolean ended = connection.stop(Duration.ofSeconds(2));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(ended).as("the worker thread has ended").isTrue();
        assertThat(states.latest().state()).isEqualTo(STOPPED);
        assertThat(states.states()).doesNotContain(RED);
    }

    /** Whether a request waits in the demo server's "hang" fault right now. */
    private static boolean hungAtTheServer() {
        return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getMethodName().equals("awaitHangRelease"));
    }
}
