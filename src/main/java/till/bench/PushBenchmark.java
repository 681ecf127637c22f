package till.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import till.push.PushConnection;
import till.push.ConnectionState;
import till.worker.ExecutorScheduler;
import till.push.NotificationRouter;
import till.odoo.JsonRpcClient;
import till.demoserver.DemoServer;
import till.demoserver.Profile;

/**
 * {@code till bench push [--samples N] [--profile 14|15|17|18] [--json]}: latency from a notification published on the
 * demo server to the till's handler (p50/p99) over the profile's bus (long polling on 14/15, the websocket on 17/18),
 * next to a baseline measured in the same run (a raw loopback HTTP round trip; on the websocket, a loopback websocket
 * echo), and their ratio. Runs on the calling thread.
 */
public final class PushBenchmark {

    /** Fewer samples say nothing about a p99. */
    public static final int MIN_SAMPLES = 10;

    private PushBenchmark() {
    }

    /** Measures {@code samples} notifications (at least {@link #MIN_SAMPLES}) and prints the figures. */
    public static void run(int samples, Profile profile, boolean json, PrintStream out) throws Exception {
        if (samples < MIN_SAMPLES) {
            throw new IllegalArgumentException("--samples must be at least " + MIN_SAMPLES);
        }
        boolean websocket = BenchSupport.websocket(profile);
        long[] push = push(samples, profile);
        long[] raw = websocket ? LoopbackBaselines.websocketEchoes(samples) : LoopbackBaselines.httpRoundTrips(samples);
        double ratio = BenchSupport.millis(push, 50) / BenchSupport.millis(raw, 50);
        String base = websocket ? "echo" : "http";
        if (json) {
            ObjectNode o = JsonRpcClient.MAPPER.createObjectNode().put("samples", samples)
                    .put("profile", profile.major()).put("bus", websocket ? "websocket" : "longpolling")
                    .put("push_p50_ms", BenchSupport.millis(push, 50)).put("push_p99_ms", BenchSupport.millis(push, 99))
                    .put(base + "_p50_ms", BenchSupport.millis(raw, 50))
                    .put(base + "_p99_ms", BenchSupport.millis(raw, 99)).put("ratio_p50", ratio);
            out.println(o);
        } else {
            out.printf("push over %s (demo server %s -> handler), %d notifications: p50 %s ms, p99 %s ms%n",
                    websocket ? "the websocket" : "long polling", profile.serverVersion(), samples,
                    BenchSupport.ms(BenchSupport.millis(push, 50)), BenchSupport.ms(BenchSupport.millis(push, 99)));
            out.printf("%s, same run: p50 %s ms, p99 %s ms%n", websocket ? "loopback websocket echo"
                    : "raw loopback HTTP round trip", BenchSupport.ms(BenchSupport.millis(raw, 50)),
                    BenchSupport.ms(BenchSupport.millis(raw, 99)));
            out.printf("ratio p50: %.2f (targets: p50 <= 5 ms, p99 <= 25 ms, ratio <= 3)%n", ratio);
        }
    }

    private static long[] push(int samples, Profile profile) throws Exception {
        BlockingQueue<Long> arrivals = new ArrayBlockingQueue<>(4);
        NotificationRouter router = new NotificationRouter();
        // 14 names the channel, 15+ only the type: either way the router finds "bench".
        router.onChannel(BenchSupport.BENCH, Runnable::run, m -> arrivals.add(System.nanoTime()));
        long[] nanos = new long[samples];
        try (DemoServer demo = BenchSupport.demo(profile, Duration.ofSeconds(30));
             ExecutorScheduler scheduler = new ExecutorScheduler("push-timer");
             PushConnection connection = BenchSupport.connection(demo, router, scheduler)) {
            connection.start(Optional.empty());
            BenchSupport.await(() -> connection.status().state() == ConnectionState.GREEN, Duration.ofSeconds(10),
                    "green");
            for (int i = -20; i < samples; i++) {
                BenchSupport.await(() -> BenchSupport.listening(demo), Duration.ofSeconds(10), "a listening bus");
                long sent = System.nanoTime();
                BenchSupport.publish(demo, i);
                Long got = arrivals.poll(10, TimeUnit.SECONDS);
                if (got == null) {
                    throw new IllegalStateException("notification " + i + " never reached the handler");
                }
                if (i >= 0) {
                    nanos[i] = got - sent;
                }
            }
        }
        return nanos;
    }
}
