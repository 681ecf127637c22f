package till.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the screen from blanking while the kiosk runs, where the platform has a command for it (decision 0104):
 * macOS {@code caffeinate -d -i -w PID}, which ends with the till; on Linux desktops {@code xdg-screensaver reset}
 * every 50 s. Elsewhere (Windows, Linux without xdg-utils) it only says so in the log: the kiosk system's power
 * settings must do it. Best effort: a command that fails is logged, never fatal. Thread-safe.
 */
public final class ScreenAwake implements AutoCloseable {

    /** Starts a command with its output discarded: {@link ProcessBuilder} in production, a recorder in tests. */
    @FunctionalInterface
    public interface Processes {
        Process start(List<String> command) throws IOException;
    }

    /**
     * A command that keeps the screen awake. Immutable.
     *
     * @param every how often to run it again, or zero when it runs once and keeps the screen awake while it lives
     */
    public record Plan(List<String> command, Duration every) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ScreenAwake.class);
    /** Shorter than the shortest screen-saver delay a desktop offers (1 min). */
    static final Duration RESET_EVERY = Duration.ofSeconds(50);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "till-screen-awake");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Process running;

    private ScreenAwake() {
    }

    /** The command for this platform, if it has one within reach. */
    public static Optional<Plan> plan(String osName, Map<String, String> env, Predicate<String> onPath, long pid) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac") && onPath.test("caffeinate")) {
            return Optional.of(new Plan(List.of("caffeinate", "-d", "-i", "-w", Long.toString(pid)), Duration.ZERO));
        }
        boolean desktop = env.containsKey("DISPLAY") || env.containsKey("WAYLAND_DISPLAY");
        if (os.contains("linux") && desktop && onPath.test("xdg-screensaver")) {
            return Optional.of(new Plan(List.of("xdg-screensaver", "reset"), RESET_EVERY));
        }
        return Optional.empty();
    }

    /** Whether an executable of that name is in one of the PATH's directories. */
    public static Predicate<String> onPath(Map<String, String> env) {
        List<String> dirs = Arrays.asList(env.getOrDefault("PATH", "").split(java.io.File.pathSeparator));
        return name -> dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).anyMatch(Files::isExecutable);
    }

    /** Follows the plan, or logs that the system must keep the screen awake. */
    public static ScreenAwake start(Optional<Plan> plan, Processes processes) {
        ScreenAwake awake = new ScreenAwake();
        if (plan.isEmpty()) {
            LOG.info("kiosk: no command to keep the screen awake on this system; set its screen saver and power"
                    + " settings (docs/kiosk.md)");
        } else if (plan.get().every().isZero()) {
            awake.scheduler.execute(() -> awake.running = awake.run(processes, plan.get().command()));
        } else {
            long seconds = plan.get().every().toSeconds();
            awake.scheduler.scheduleWithFixedDelay(() -> awake.run(processes, plan.get().command()), 0, seconds,
                    TimeUnit.SECONDS);
        }
        plan.ifPresent(p -> LOG.info("kiosk: keeping the screen awake with {}", String.join(" ", p.command())));
        return awake;
    }

    /** The production processes: output discarded, so a chatty command cannot fill a pipe and block. */
    public static Processes system() {
        return command -> new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private Process run(Processes processes, List<String> command) {
        try {
            return processes.start(command);
        } catch (IOException | RuntimeException e) {
            LOG.warn("kiosk: {} failed ({}); the screen may blank", command.get(0), e.getMessage());
            return null;
        }
    }

    /** Stops the repeats and ends a running command. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        Process process = running;
        if (process != null) {
            process.destroy();
        }
    }
}
