package till.bench;

import static till.bench.BenchOutput.print;
import static till.bench.BenchOutput.round;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;

/**
 * {@code till bench start}: process start to the till's selling screen shown (its log line {@code Till ready}, see
 * {@code TillApp}) with a cache of N products, next to a hello-world JavaFX window ({@code till.app.HelloWindow})
 * started the same way (same java, options, class path and display) in the same run, alternating. Headless on
 * Monocle when it is on the class path, else on the DISPLAY. Runs on the calling thread.
 */
public final class StartBenchmark {

    /** TillApp.READY: the line the till logs once its selling screen is shown. */
    static final String READY = "Till ready: the selling screen is shown";
    private static final String HELLO = "till.app.HelloWindow";
    private static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    private StartBenchmark() {
    }

    /** Measures and prints the figures, as {@code key value} lines or one JSON object. */
    public static void run(int products, int rounds, List<String> jvmOptions, boolean json, PrintStream out)
            throws Exception {
        Path dir = Files.createTempDirectory("till-bench-start-");
        Map<String, Object> result = new LinkedHashMap<>();
        try (DemoServer server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15)
                .withProducts(products))) {
            server.openSession();
            Path data = dir.resolve("data");
            setUp(server, dir, data, jvmOptions);
            List<String> display = display();
            long[] till = new long[rounds];
            long[] hello = new long[rounds];
            long rssAtReady = 0;
            for (int r = 0; r < rounds; r++) {
                hello[r] = timeHello(command(jvmOptions, display, List.of(HELLO)));
                long[] started = timeTill(command(jvmOptions, display, List.of("till.app.Main", "--data-dir",
                        data.toString())), data, r == rounds - 1 ? result : null);
                till[r] = started[0];
                rssAtReady = Math.max(rssAtReady, started[1]);
            }
            double tillMs = BenchSupport.millis(till, 50);
            double helloMs = BenchSupport.millis(hello, 50);
            result.put("start_p50_ms", round(tillMs));
            result.put("hello_p50_ms", round(helloMs));
            result.put("ratio", round(tillMs / helloMs));
            result.put("rss_at_ready_mb", rssAtReady);
            result.put("products", products);
            result.put("rounds", rounds);
            result.put("display", display.isEmpty() ? "DISPLAY=" + System.getenv("DISPLAY") : "monocle-headless");
            result.put("jvm_options", String.join(" ", jvmOptions));
        } finally {
            BenchSupport.deleteRecursively(dir);
        }
        print(result, json, out);
    }

    /** {@code till setup} in a child JVM: the config and the cached catalog of N products. */
    private static void setUp(DemoServer server, Path dir, Path data, List<String> jvmOptions) throws Exception {
        Path password = Files.writeString(dir.resolve("password"), DemoServer.PASSWORD);
        Process setup = new ProcessBuilder(command(jvmOptions, List.of(), List.of("till.app.Main", "--data-dir",
                data.toString(), "setup", "--server", server.url().toString(), "--db", server.database(), "--login",
                DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1")))
                .redirectErrorStream(true).redirectOutput(dir.resolve("setup.out").toFile()).start();
        if (setup.waitFor() != 0) {
            throw new IllegalStateException("till setup failed: " + Files.readString(dir.resolve("setup.out")));
        }
    }

    private static List<String> display() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false,
                    StartBenchmark.class.getClassLoader());
            return MONOCLE;
        } catch (ClassNotFoundException e) {
            if (System.getenv("DISPLAY") == null) {
                throw new IllegalStateException("bench start needs a DISPLAY or Monocle on the class path");
            }
            return List.of();
        }
    }

    private static List<String> command(List<String> jvmOptions, List<String> display, List<String> main) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(display);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(main);
        return command;
    }

    private static long timeHello(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("ready")) {
                // Only the ready line counts.
            }
            long took = System.nanoTime() - start;
            if (line == null) {
                throw new IllegalStateException("the hello-world window ended without showing");
            }
            return took;
        } finally {
            stop(process);
        }
    }

    /** The start time and the resident memory at ready; with {@code after}, also the memory 10 s later. */
    private static long[] timeTill(List<String> command, Path data, Map<String, Object> after) throws Exception {
        Path log = data.resolve("logs").resolve("till.log");
        int before = readyLines(log);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = start + TimeUnit.MINUTES.toNanos(3);
            while (readyLines(log) <= before) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the till did not show its screen; see " + log);
                }
                Thread.sleep(5);
            }
            long took = System.nanoTime() - start;
            long rss = BenchSupport.residentMegabytes(process.pid());
            if (after != null) {
                Thread.sleep(10_000);
                after.put("rss_10s_after_ready_mb", BenchSupport.residentMegabytes(process.pid()));
            }
            return new long[] {took, rss};
        } finally {
            stop(process);
        }
    }

    private static int readyLines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return Files.readString(log).split(READY, -1).length - 1;
    }

    /** SIGTERM, so the till closes its store as it would on a logout. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
