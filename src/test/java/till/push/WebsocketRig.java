package till.push;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.Profile;
import till.odoo.JsonRpcClient;
import till.odoo.OdooException;
import till.odoo.PosContext;
import till.odoo.VersionProfile;
import till.testsupport.Await;
import till.testsupport.MutableClock;
import till.worker.Backoff;
import till.worker.Scheduler;
import till.worker.Sleeper;

/**
 * A push connection on the websocket bus of a demo server (17 or 18) over real loopback sockets and OkHttp's real
 * client: logged in over HTTP first (the socket carries that session's cookie, the version comes from the login's
 * answer, the channel from the demo's loaded POS data), with a handler that records the ids of {@code TEST}
 * notifications. The icon's timers and back-off waits run on a {@link ManualScheduler} the test moves, unless the test
 * passes real ones; OkHttp's own pings always run on real time. One test's; its parts are thread-safe.
 */
final class WebsocketRig implements AutoCloseable {

    static final String TYPE = "TEST";

    final DemoServer demo;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final RecordingStatusListener states = new RecordingStatusListener();
    final FakeBusCursor cursor = new FakeBusCursor();
    final NotificationRouter router = new NotificationRouter();
    final List<Long> handled = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger renewals = new AtomicInteger();
    final AtomicInteger reloads = new AtomicInteger();
    final AtomicReference<String> cookie = new AtomicReference<>();
    final String version;
    PushConnection connection;

    private WebsocketRig(DemoServer demo) throws IOException {
        this.demo = demo;
        demo.openSession();
        DemoSession session = DemoSession.login(demo.url());
        cookie.set(session.sessionId());
        version = session.websocketVersion();
        router.onType(TYPE, Runnable::run, m -> handled.add(m.id()));
    }

    static WebsocketRig start(Profile profile, String... faults) throws IOException {
        return start(DemoServerOptions.defaults().withProfile(profile), faults);
    }

    static WebsocketRig start(DemoServerOptions options, String... faults) throws IOException {
        List<Fault> list = Arrays.stream(faults).map(Fault::parse).toList();
        return new WebsocketRig(DemoServer.start(options.withFaults(list)));
    }

    /** Short fallback and later pauses; Till's pings every 20 s as in production. */
    static WebsocketSettings settings() {
        return WebsocketSettings.defaults().withFallback(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .withLaterPause(Duration.ofSeconds(30)).withUpgradeTimeout(Duration.ofSeconds(5));
    }

    WebsocketEndpoint endpoint() {
        return new WebsocketEndpoint(demo.url(), demo.url(), version, List.of(demo.posChannel()));
    }

    /** Starts the connection with the manual time, the settings above and OkHttp's dialer. */
    PushConnection connect() {
        return connect(settings(), endpoint(), dialer(settings()));
    }

    PushConnection connect(WebsocketSettings settings, WebsocketEndpoint endpoint, WebsocketDialer dialer) {
        return connect(settings, endpoint, dialer, scheduler, new ScheduledSleeper(scheduler),
                new Backoff(Backoff.RECONNECT_BASE, Backoff.RECONNECT_CAP, () -> 0.5));
    }

    PushConnection connect(WebsocketSettings settings, WebsocketEndpoint endpoint, WebsocketDialer dialer,
                           Scheduler timers, Sleeper sleeper, Backoff backoff) {
        BusClock time = new BusClock(timers == scheduler ? clock : java.time.Clock.systemUTC(), timers, backoff);
        BusInbox inbox = new BusInbox(router, cursor, reloads::incrementAndGet, time.clock());
        WebsocketBus bus = new WebsocketBus(endpoint, demo.database(), dialer, JsonRpcClient.create(demo.url()));
        SessionRenewal renewal = () -> {
            renewals.incrementAndGet();
            try {
                cookie.set(DemoSession.login(demo.url()).sessionId());
            } catch (IOException e) {
                throw new OdooException(OdooException.Kind.RETRYABLE, "login failed: " + e.getMessage());
            }
        };
        PosContext pos = new PosContext(VersionProfile.V15, demo.database(), 1, 3, 1, 2, null, Optional.empty(),
                Optional.empty());
        connection = new PushConnection(() -> pos, (known, events) -> new WebsocketTransport(bus, settings, time,
                inbox, renewal, events), demo.url().toString(), time, sleeper);
        connection.addListener(Runnable::run, states);
        connection.start(Optional.of(pos));
        return connection;
    }

    WebsocketDialer dialer(WebsocketSettings settings) {
        return new OkHttpWebsocketDialer(settings, () -> Optional.ofNullable(cookie.get()));
    }

    /** Publishes a {@code TEST} notification on the POS channel; returns its id. */
    long publish(int n) {
        return demo.publish(demo.posChannel(), TYPE, JsonRpcClient.MAPPER.createObjectNode().put("n", n));
    }

    void awaitHandled(long id) {
        Await.until(() -> handled.contains(id), "notification " + id + " handled; handled: " + handled, 10);
    }

    void awaitSockets(int open) {
        Await.until(() -> demo.openWebsockets() == open, open + " open websocket(s)", 10);
    }

    /** Lets the back-off waits run until the icon shows {@code state} (at most 10 s). */
    void retryUntil(ConnectionState state) {
        Await.until(() -> {
            scheduler.advanceIfScheduled(Backoff.RECONNECT_CAP);
            return states.latest().state() == state;
        }, state + " after retries; seen " + states.states(), 10);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        demo.close();
    }
}
