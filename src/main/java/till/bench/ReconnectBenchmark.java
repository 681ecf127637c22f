package till.bench;

import till.worker.Backoff;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import till.push.PushConnection;
import till.push.ConnectionState;
import till.worker.ExecutorScheduler;
import till.push.NotificationRouter;
import till.odoo.JsonRpcClient;
import till.demoserver.DemoServer;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;

/**
 * {@code till bench reconnect [--outages N] [--outage-ms MS] [--profile 14|15|17|18] [--json]}: time from the demo
 * server coming back to a green icon over repeated outages (real push connection over the profile's bus, real
 * back-off), and the spread of retry times of 100 simulated tills that lost the server at the same instant. Runs on
 * the calling thread.
 */
public final class ReconnectBenchmark {

    private static final int TILLS = 100;

    private ReconnectBenchmark() {
    }

    /** Times {@code outages} outages of {@code outageMillis} each, then the herd of 100 tills, and prints both. */
    public static void run(int outages, int outageMillis, Profile profile, boolean json, PrintStream out)
            throws Exception {
        long[] back = outages(outages, outageMillis, profile);
        long[] herd = herd(outageMillis);
        int crowd = busiestSecond(herd);
        if (json) {
            ObjectNode o = JsonRpcClient.MAPPER.createObjectNode().put("outages", outages)
                    .put("profile", profile.major())
                    .put("outage_ms", outageMillis).put("back_to_green_p50_ms", BenchSupport.millis(back, 50))
                    .put("back_to_green_max_ms", BenchSupport.millis(back, 100)).put("tills", TILLS)
                    .put("tills_green_p50_ms", BenchSupport.millis(herd, 50))
                    .put("tills_green_min_ms", BenchSupport.millis(herd, 1))
                    .put("tills_green_max_ms", BenchSupport.millis(herd, 100)).put("most_tills_in_one_second", crowd);
            out.println(o);
        } else {
            out.printf("server (%s) back -> green, %d outages of %d ms: median %s ms, max %s ms (target: median"
                            + " <= 2000 ms)%n", profile.serverVersion(), outages, outageMillis, BenchSupport.ms(BenchSupport.millis(back, 50)),
                    BenchSupport.ms(BenchSupport.millis(back, 100)));
            out.printf("%d simulated tills, same outage: first retry after the return at min %s ms, median"
                            + " %s ms, max %s ms; at most %d tills in any one second%n", TILLS,
                    BenchSupport.ms(BenchSupport.millis(herd, 1)), BenchSupport.ms(BenchSupport.millis(herd, 50)),
                    BenchSupport.ms(BenchSupport.millis(herd, 100)), crowd);
        }
    }

    private static long[] outages(int outages, int outageMillis, Profile profile) throws Exception {
        long[] nanos = new long[outages];
        try (DemoServer demo = BenchSupport.demo(profile, Duration.ofSeconds(30));
             ExecutorScheduler scheduler = new ExecutorScheduler("push-timer");
             PushConnection connection = BenchSupport.connection(demo, new NotificationRouter(), scheduler)) {
            connection.start(Optional.empty());
            for (int i = 0; i < outages; i++) {
                BenchSupport.await(() -> connection.status().state() == ConnectionState.GREEN, Duration.ofSeconds(30),
                        "green");
                demo.inject(Fault.of(FaultKind.DOWN));
                BenchSupport.await(() -> connection.status().state() == ConnectionState.RED, Duration.ofSeconds(30),
                        "red");
                LockSupport.parkNanos(Duration.ofMillis(outageMillis).toNanos());
                long back = System.nanoTime();
                demo.clear(FaultKind.DOWN);
                BenchSupport.await(() -> connection.status().state() == ConnectionState.GREEN, Duration.ofSeconds(30),
                        "green again");
                nanos[i] = System.nanoTime() - back;
            }
        }
        return nanos;
    }

    /** Each till retries on its own jittered schedule from the common failure; when is its first retry after return? */
    private static long[] herd(int outageMillis) {
        Random random = new Random(2026);
        long[] nanos = new long[TILLS];
        for (int till = 0; till < TILLS; till++) {
            Backoff backoff = new Backoff(Backoff.RECONNECT_BASE, Backoff.RECONNECT_CAP,
                    random::nextDouble);
            long at = 0;
            while (at < outageMillis) {
                at += backoff.next().toMillis();
            }
            nanos[till] = (at - outageMillis) * 1_000_000;
        }
        return nanos;
    }

    private static int busiestSecond(long[] nanos) {
        int most = 0;
        for (long start : nanos) {
            int count = 0;
            for (long other : nanos) {
                if (other >= start && other < start + 1_000_000_000L) {
                    count++;
                }
            }
            most = Math.max(most, count);
        }
        return most;
    }
}
