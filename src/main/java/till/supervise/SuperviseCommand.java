package till.supervise;

import java.time.Clock;
import java.util.List;
import till.cli.Command;
import till.cli.CommandContext;
import till.worker.WakeableSleeper;

/**
 * {@code till supervise [options] [-- TILL-ARGS...]}: runs the till as a child process and starts it again when it
 * dies, with the same data directory. SIGTERM (or Ctrl+C) stops the till gracefully, then the supervisor. Runs on
 * the calling thread.
 */
public final class SuperviseCommand implements Command {

    private final String mainClass;

    /** @param mainClass the till's main class, used when the child is started with {@code java} */
    public SuperviseCommand(String mainClass) {
        this.mainClass = mainClass;
    }

    @Override
    public String name() {
        return "supervise";
    }

    @Override
    public String summary() {
        return "[--max-restarts N] [--window S] [--delay-ms MS] [-- TILL-ARGS]: run the till, restart it if it dies";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        SuperviseOptions options = SuperviseOptions.parse(args);
        List<String> command = TillCommandLine.ofThisProcess(mainClass).forTill(context.dataDir(), options.tillArgs());
        Supervisor supervisor = new Supervisor(new ProcessChildLauncher(command), options, Clock.systemUTC(),
                new WakeableSleeper(), context.err());
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
