package till.bench;

import static till.bench.BenchOutput.print;
import static till.bench.BenchOutput.round;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaymentLine;
import till.order.PaidOrder;
import till.store.TillStore;

/**
 * {@code till bench commit}: how long the durable commit of a paid order takes, next to a raw fsync on the same disk
 * measured in the same run (the two alternate, so both see the same load). Runs on the calling thread.
 */
public final class CommitBenchmark {

    /**
     * How to measure.
     *
     * @param iterations commits (and raw fsyncs) measured
     * @param warmup     commits run first and left out
     * @param dir        where the temporary store goes, empty for the system's temporary folder
     */
    public record Options(int iterations, int warmup, Optional<Path> dir) {
    }

    private CommitBenchmark() {
    }

    /** Measures and prints the figures, as {@code key value} lines or one JSON object. */
    public static void run(Options options, boolean json, PrintStream out) throws IOException {
        Path parent = options.dir().orElse(Path.of(System.getProperty("java.io.tmpdir")));
        Path dir = Files.createTempDirectory(parent, "till-bench-");
        try {
            print(measure(dir, options), json, out);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static Map<String, Object> measure(Path dir, Options options) throws IOException {
        long[] commits = new long[options.iterations()];
        long[] fsyncs = new long[options.iterations()];
        Clock clock = Clock.systemUTC();
        try (TillStore store = TillStore.open(dir.resolve("data"), clock);
             FileChannel raw = FileChannel.open(dir.resolve("fsync.bin"), StandardOpenOption.CREATE,
                     StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(4096);
            int sequence = 1;
            for (int i = -options.warmup(); i < options.iterations(); i++) {
                PaidOrder order = order(sequence++, clock.instant());
                long commit = time(() -> store.outbox().commitPaid(order));
                long fsync = timeFsync(raw, block);
                if (i >= 0) {
                    commits[i] = commit;
                    fsyncs[i] = fsync;
                }
            }
        }
        Percentiles c = new Percentiles(commits);
        Percentiles f = new Percentiles(fsyncs);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("commit_p50_ms", round(c.millis(50)));
        result.put("commit_p99_ms", round(c.millis(99)));
        result.put("fsync_p50_ms", round(f.millis(50)));
        result.put("fsync_p99_ms", round(f.millis(99)));
        result.put("ratio", round(c.millis(50) / f.millis(50)));
        result.put("iterations", options.iterations());
        return result;
    }

    private static long time(Runnable commit) {
        long start = System.nanoTime();
        commit.run();
        return System.nanoTime() - start;
    }

    /** Overwrites one 4 KiB block and forces it: the cheapest durable write this disk offers. */
    private static long timeFsync(FileChannel channel, ByteBuffer block) throws IOException {
        long start = System.nanoTime();
        block.clear();
        channel.write(block, 0);
        channel.force(false);
        return System.nanoTime() - start;
    }

    private static PaidOrder order(int sequence, Instant now) {
        OrderUid uid = new OrderUid(1, 1, sequence);
        List<OrderLine> lines = List.of(
                new OrderLine(1, 6, "Office Lamp", new BigDecimal("1"), new BigDecimal("40.00"), BigDecimal.ZERO,
                        List.of(1L)),
                new OrderLine(2, 49, "Whiteboard Pen", new BigDecimal("3"), new BigDecimal("1.20"), BigDecimal.ZERO,
                        List.of(1L)));
        BigDecimal total = new BigDecimal("49.82");
        OrderTotals totals = new OrderTotals(List.of(
                new OrderTotals.LineTotals(1, new BigDecimal("40.00"), new BigDecimal("46.00")),
                new OrderTotals.LineTotals(2, new BigDecimal("3.60"), new BigDecimal("4.14"))),
                List.of(new OrderTotals.TaxAmount(1, "Tax 15%", new BigDecimal("6.54"))),
                new BigDecimal("43.60"), new BigDecimal("6.54"), total);
        List<PaymentLine> payments = List.of(new PaymentLine(1, "Cash", true, new BigDecimal("50.00"), now));
        return new PaidOrder(uid, now, now, null, lines, payments, totals, total, new BigDecimal("0.18"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
