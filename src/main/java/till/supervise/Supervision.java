package till.supervise;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import till.worker.WakeableSleeper;

/**
 * {@code till supervise} without its parsing: runs the till as a child process on the same data directory and starts
 * it again when it dies. SIGTERM (or Ctrl+C) stops the till gracefully, then the supervisor. Runs on the calling
 * thread, which it blocks until the supervision ends.
 */
public final class Supervision {

    private Supervision() {
    }

    /**
     * Supervises tills started as this process was started (the installed launcher, or {@code java} with
     * {@code mainClass}) and returns the supervisor's exit code.
     *
     * @param mainClass the till's main class, used when the child is started with {@code java}
     * @param err       where the supervisor says what it does
     */
    public static int run(SuperviseOptions options, Path dataDir, String mainClass, PrintStream err)
            throws InterruptedException {
        List<String> command = TillCommandLine.ofThisProcess(mainClass).forTill(dataDir, options.tillArgs());
        Supervisor supervisor = new Supervisor(new ProcessChildLauncher(command), options, Clock.systemUTC(),
                new WakeableSleeper(), err);
        Thread hook = new Thread(() -> stopQuietly(supervisor), "supervise-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = supervisor.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (SIGTERM): the hook is stopping the till and decides the exit.
        }
        return code;
    }

    private static void stopQuietly(Supervisor supervisor) {
        try {
            supervisor.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
