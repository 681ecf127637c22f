package till.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.odoo.JsonRpcClient;
import till.odoo.OdooException;
import till.odoo.PosContext;
import till.odoo.VersionProfile;
import till.push.BusCalls;
import till.push.BusClock;
import till.push.BusCursor;
import till.push.BusInbox;
import till.push.BusSettings;
import till.push.LongPollingTransport;
import till.push.NotificationRouter;
import till.push.OkHttpWebsocketDialer;
import till.push.PosChannels;
import till.push.PushConnection;
import till.push.PushTransport;
import till.push.SessionCookie;
import till.push.SessionRenewal;
import till.push.WebsocketBus;
import till.push.WebsocketEndpoint;
import till.push.WebsocketSettings;
import till.push.WebsocketTransport;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;

/**
 * What the push benchmarks share: a demo server of a profile, a push connection on real time over that profile's bus
 * (long polling on 14/15, the websocket on 17/18), publishing, waiting and percentiles. Stateless.
 */
final class BenchSupport {

    /** The newest Odoo profile the push channel speaks: the benchmarks' default. */
    static final Profile NEWEST = Profile.V18;
    /** The notification type (and, on 14, the POS channel name) the benchmarks publish and listen on. */
    static final String BENCH = "bench";

    private BenchSupport() {
    }

    /** Whether the profile's push channel is the websocket bus. */
    static boolean websocket(Profile profile) {
        return WebsocketEndpoint.serves(profile.major());
    }

    static DemoServer demo(Profile profile, Duration hold) throws IOException {
        DemoServer demo = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withHold(hold));
        if (websocket(profile)) {
            // 17 and 18 start with no open session; 17's POS channel names the open one.
            demo.openSession();
        }
        return demo;
    }

    /**
     * A push connection over the demo's bus on the system clock and a real timer thread, with its cursor in memory;
     * its "login" hands over the demo server's POS at once. Not started.
     */
    static PushConnection connection(DemoServer demo, NotificationRouter router, ExecutorScheduler scheduler)
            throws OdooException {
        JsonRpcClient rpc = JsonRpcClient.create(demo.url());
        BusClock time = new BusClock(Clock.systemUTC(), scheduler, Backoff.reconnecting());
        BusInbox inbox = new BusInbox(router, memory(), () -> { }, time.clock());
        PosContext pos = new PosContext(demo.profile() == Profile.V14 ? VersionProfile.V14 : VersionProfile.V15,
                demo.database(), 1, 0, 0, 0, null, Optional.empty(), Optional.empty());
        PushTransport.Factory transports;
        if (websocket(demo.profile())) {
            WebsocketEndpoint endpoint = new WebsocketEndpoint(demo.url(), demo.url(), websocketVersion(rpc, demo),
                    List.of(demo.posChannel()));
            WebsocketBus bus = new WebsocketBus(endpoint, demo.database(), new OkHttpWebsocketDialer(
                    WebsocketSettings.defaults(), SessionCookie.none()), rpc);
            transports = (known, events) -> new WebsocketTransport(bus, WebsocketSettings.defaults(), time, inbox,
                    SessionRenewal.none(), events);
        } else {
            BusSettings settings = new BusSettings(demo.database(), 1, false, BusSettings.DEFAULT_SILENCE,
                    BusSettings.DEFAULT_PONG_TIMEOUT, BusSettings.POLL_TIMEOUT, Duration.ofSeconds(5),
                    Duration.ofSeconds(2), Duration.ofSeconds(100));
            transports = (known, events) -> new LongPollingTransport(new BusCalls(rpc, rpc), settings, time, inbox,
                    SessionRenewal.none(), events);
        }
        return new PushConnection(() -> pos, transports, demo.url().toString(), time, new WakeableSleeper());
    }

    /** Publishes a bench notification where the connection listens; handlers register {@link #BENCH}. */
    static void publish(DemoServer demo, int n) {
        String channel = websocket(demo.profile()) ? demo.posChannel() : PosChannels.of(demo.database(), BENCH, 1);
        demo.publish(channel, BENCH, JsonRpcClient.MAPPER.createObjectNode().put("n", n));
    }

    /** Whether the server can push to the connection now: a poll is held, or the websocket is open. */
    static boolean listening(DemoServer demo) {
        return websocket(demo.profile()) ? demo.openWebsockets() == 1 : demo.heldPolls() == 1;
    }

    /** The login's {@code websocket_worker_version}, as the till takes it. */
    private static String websocketVersion(JsonRpcClient rpc, DemoServer demo) throws OdooException {
        ObjectNode credentials = JsonRpcClient.MAPPER.createObjectNode().put("db", demo.database())
                .put("login", DemoServer.LOGIN).put("password", DemoServer.PASSWORD);
        return rpc.call("/web/session/authenticate", credentials, Duration.ofSeconds(15))
                .path("websocket_worker_version").asText();
    }

    private static BusCursor memory() {
        return new BusCursor() {
            private volatile long last;

            @Override
            public long last(String server) {
                return last;
            }

            @Override
            public void save(String server, long value) {
                last = value;
            }
        };
    }

    static void await(BooleanSupplier condition, Duration bound, String what) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
        }
    }

    /** Nearest-rank percentile (0 < p ≤ 100) of nanosecond samples, in milliseconds. */
    static double millis(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f", millis);
    }

    /** A process's resident set in MiB (Linux: {@code VmRSS} of /proc), or -1 where that cannot be read. */
    static long residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone: no figure.
        }
        return -1;
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
