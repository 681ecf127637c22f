package till.supervise;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the till as a real child process that shares the supervisor's standard streams. Thread-safe. */
final class ProcessChildLauncher implements ChildLauncher {

    private static final String JPACKAGE_LAUNCHER_MARK = "_JPACKAGE_LAUNCHER";

    private final List<String> command;

    ProcessChildLauncher(List<String> command) {
        this.command = List.copyOf(command);
    }

    @Override
    public Child start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // jpackage's Linux launcher sets this in its own process before starting the JVM; a child launcher that
        // inherits it takes its arguments for JVM options ("Unrecognized option: --data-dir").
        builder.environment().remove(JPACKAGE_LAUNCHER_MARK);
        return new ProcessChild(builder.start());
    }

    /** A started process. */
    private record ProcessChild(Process process) implements Child {

        @Override
        public int waitFor() throws InterruptedException {
            return process.waitFor();
        }

        @Override
        public void stop(Duration grace) throws InterruptedException {
            process.destroy();
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
