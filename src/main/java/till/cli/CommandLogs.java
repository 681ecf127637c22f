package till.cli;

import java.nio.file.Path;

/** Attaches a command's log files to the data directory it works on, while it runs. Implementations are thread-safe. */
@FunctionalInterface
public interface CommandLogs {

    /** No log files: tests that run commands in this JVM. */
    CommandLogs NONE = (dataDir, command) -> () -> { };

    /** Starts logging {@code command} into {@code dataDir}; closing the result stops it. */
    Attached attach(Path dataDir, String command);

    /** Log files attached for one command. */
    interface Attached extends AutoCloseable {
        @Override
        void close();
    }
}
