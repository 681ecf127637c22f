package till.supervise;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code till --data-dir DIR supervise ...} in a child JVM on the test class path, with this JVM's headless JavaFX
 * settings (the supervisor passes them on to the till it starts); its output goes to files. Not thread-safe.
 */
final class SupervisorProcess implements AutoCloseable {

    static final long BOUND_MS = 60_000;

    private final Process process;
    private final Path out;
    private final Path err;

    private SupervisorProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static SupervisorProcess start(Path dataDir, Path logDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1"));
        // The surefire argLine: Monocle headless for the GUI till.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-D"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "till.app.Main",
                "--data-dir", dataDir.toString(), "supervise"));
        command.addAll(List.of(args));
        Files.createDirectories(logDir);
        Path out = logDir.resolve("supervisor.out");
        Path err = logDir.resolve("supervisor.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        return new SupervisorProcess(process, out, err);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The till children now alive. */
    List<ProcessHandle> children() {
        return process.children().filter(ProcessHandle::isAlive).toList();
    }

    int exitCode() throws InterruptedException {
        if (!process.waitFor(BOUND_MS, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the supervisor did not exit within " + BOUND_MS + " ms; stderr: " + errors());
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String errors() {
        try {
            return Files.readString(err, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Polls (bounded, every 20 ms) until the supplier gives a value. */
    <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BOUND_MS);
        while (System.nanoTime() < end) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the supervisor ended while waiting for " + what + "; stderr: " + errors());
            }
            process.waitFor(20, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no " + what + " within " + BOUND_MS + " ms; stderr: " + errors());
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor();
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
