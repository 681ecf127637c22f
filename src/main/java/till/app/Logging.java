package till.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.cli.CommandLogs;
import till.logs.LogFiles;
import till.logs.LogLimits;
import till.logs.LogMasks;

/**
 * Attaches a run's log files to the data directory it works on: the till's window owns and rolls them, a command
 * appends to them when the data directory exists (it never creates one just to hold a log). Secrets are masked
 * where they stand in every line ({@link LogMasks}). Stateless.
 */
final class Logging {

    private static final Logger LOG = LoggerFactory.getLogger(Logging.class);

    private Logging() {
    }

    /** The till's own logs: it owns the data directory, so it rolls the files over. */
    static LogFiles forTill(Path dataDir) {
        LogFiles logs = LogFiles.open(dataDir, LogLimits.standard(), LogFiles.Rotation.ROLL,
                LogMasks.forDataDir(dataDir));
        LOG.info("till {} starts on {} (Java {}, {} {})", Version.current(), dataDir,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"));
        return logs;
    }

    /** A command's logs while it runs; nothing when the data directory does not exist. */
    static CommandLogs.Attached attachToCommand(Path dataDir, String command) {
        LogFiles logs = forCommand(dataDir, command);
        return logs == null ? () -> { } : logs::close;
    }

    /** A command's logs, or null (nothing to close) when the data directory does not exist. */
    private static LogFiles forCommand(Path dataDir, String command) {
        if (!Files.isDirectory(dataDir)) {
            return null;
        }
        LogFiles logs = LogFiles.open(dataDir, LogLimits.standard(), LogFiles.Rotation.APPEND,
                LogMasks.forDataDir(dataDir));
        LOG.info("till {} {} on {}", Version.current(), command, dataDir);
        return logs;
    }
}
