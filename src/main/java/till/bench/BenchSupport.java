package till.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
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
import till.odoo.PosContext;
import till.odoo.VersionProfile;
import till.push.BusCalls;
import till.push.BusClock;
import till.push.BusCursor;
import till.push.BusInbox;
import till.push.BusSettings;
import till.push.LongPollingTransport;
import till.push.NotificationRouter;
import till.push.PushConnection;
import till.push.SessionRenewal;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;

/**
 * What the push benchmarks share: a demo server, a push connection on real time, waiting and percentiles. Stateless.
 */
final class BenchSupport {

    private BenchSupport() {
    }

    static DemoServer demo(Duration hold) throws IOException {
        return DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withHold(hold));
    }

    /**
     * A push connection (long polling) on the system clock and a real timer thread, with its cursor in memory; its
     * "login" hands over the demo server's POS at once. Not started.
     */
    static PushConnection connection(DemoServer demo, NotificationRouter router, ExecutorScheduler scheduler) {
        JsonRpcClient rpc = JsonRpcClient.create(demo.url());
        BusSettings settings = new BusSettings(demo.database(), 1, false, BusSettings.DEFAULT_SILENCE,
                BusSettings.DEFAULT_PONG_TIMEOUT, BusSettings.POLL_TIMEOUT, Duration.ofSeconds(5),
                Duration.ofSeconds(2), Duration.ofSeconds(100));
        BusCursor memory = new BusCursor() {
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
        BusClock time = new BusClock(Clock.systemUTC(), scheduler, Backoff.reconnecting());
        BusInbox inbox = new BusInbox(router, memory, () -> { }, time.clock());
        PosContext pos = new PosContext(VersionProfile.V15, demo.database(), 1, 0, 0, 0, null, Optional.empty(),
                Optional.empty());
        return new PushConnection(() -> pos, (known, events) -> new LongPollingTransport(new BusCalls(rpc, rpc),
                settings, time, inbox, SessionRenewal.none(), events), demo.url().toString(), time,
                new WakeableSleeper());
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
