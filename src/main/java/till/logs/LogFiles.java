package till.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * The log files of one data directory, attached to logback for as long as one run of {@code till} lasts:
 * {@code logs/till.log} (INFO and up) and {@code logs/connections.log} (the state transitions of the push channel and
 * of the order sender). Closing detaches and closes them, so one JVM can run many commands on many data directories
 * (the tests do). Only the process that owns the data directory ({@link Rotation#ROLL}, the till's window) rolls the
 * files; other commands append, so two processes never rename a file under each other. Thread-safe.
 */
public final class LogFiles implements AutoCloseable {

    /** The folder of the data directory the logs live in. */
    public static final String DIR = "logs";
    /** The main log, rolled into {@code till.1.log}, {@code till.2.log}, ... (newest first). */
    public static final String MAIN = "till";
    /** The connection history, rolled into {@code connections.1.log}, ... */
    public static final String HISTORY = "connections";
    /** The loggers whose lines make the connection history (each logs only state transitions at INFO). */
    public static final List<String> HISTORY_LOGGERS = List.of("till.push.ConnectionStateMachine",
            "till.outbox.DeliveryTransitions");
    /** How the log names the Odoo server's version at each login; the support bundle reports the last one. */
    public static final String SERVER_VERSION = "Odoo server version";
    /** An event with this marker was already printed for a person: the console appender leaves it out. */
    public static final Marker SHOWN = MarkerFactory.getMarker("SHOWN");

    static final String LINE = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    static final String HISTORY_LINE = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %msg%n";

    /** Whether this process may roll the files over. */
    public enum Rotation {
        /** The owner of the data directory: rolls by size and deletes the oldest. */
        ROLL,
        /** Another command: appends to the current files and never renames one. */
        APPEND
    }

    private record Attached(Logger logger, FileAppender<ILoggingEvent> appender) {
    }

    private final LoggerContext context;
    private final List<Attached> attached;
    private final Level rootLevel;

    private LogFiles(LoggerContext context, List<Attached> attached, Level rootLevel) {
        this.context = context;
        this.attached = attached;
        this.rootLevel = rootLevel;
    }

    /** The folder of {@code dataDir}'s logs. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve(DIR);
    }

    /** Starts writing the logs of {@code dataDir} (creating its {@code logs} folder). */
    public static LogFiles open(Path dataDir, LogLimits limits, Rotation rotation, LogMasks masks) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level rootLevel = root.getLevel();
        if (!root.isEnabledFor(Level.INFO)) {
            root.setLevel(Level.INFO);
        }
        context.putObject(MaskingLayout.CONTEXT_KEY, masks);
        Path folder = folder(dataDir);
        List<Attached> attached = new ArrayList<>();
        attached.add(new Attached(root, appender(context, folder, MAIN, LINE, limits.fileBytes(), limits.files(),
                rotation, masks)));
        FileAppender<ILoggingEvent> history = appender(context, folder, HISTORY, HISTORY_LINE,
                limits.historyFileBytes(), limits.historyFiles(), rotation, masks);
        for (String name : HISTORY_LOGGERS) {
            attached.add(new Attached(context.getLogger(name), history));
        }
        attached.forEach(a -> a.logger().addAppender(a.appender()));
        return new LogFiles(context, List.copyOf(attached), rootLevel);
    }

    private static FileAppender<ILoggingEvent> appender(LoggerContext context, Path folder, String name,
                                                        String pattern, long maxBytes, int files, Rotation rotation,
                                                        LogMasks masks) {
        FileAppender<ILoggingEvent> appender = rotation == Rotation.ROLL ? new RollingFileAppender<>()
                : new FileAppender<>();
        appender.setContext(context);
        appender.setName("till-" + name + "-" + folder);
        appender.setFile(folder.resolve(name + ".log").toString());
        appender.setAppend(true);
        if (appender instanceof RollingFileAppender<ILoggingEvent> rolling) {
            rolling.setRollingPolicy(window(context, rolling, folder, name, files));
            rolling.setTriggeringPolicy(trigger(context, maxBytes));
        }
        appender.setEncoder(encoder(context, pattern, masks));
        appender.start();
        return appender;
    }

    private static FixedWindowRollingPolicy window(LoggerContext context, RollingFileAppender<?> parent, Path folder,
                                                   String name, int files) {
        FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy();
        policy.setContext(context);
        policy.setParent(parent);
        policy.setFileNamePattern(folder.resolve(name + ".%i.log").toString());
        policy.setMinIndex(1);
        policy.setMaxIndex(Math.max(1, files - 1));
        policy.start();
        return policy;
    }

    private static SizeBasedTriggeringPolicy<ILoggingEvent> trigger(LoggerContext context, long maxBytes) {
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(maxBytes));
        // Logback looks at the size at most once a minute by default; a burst could then pass the cap. A till logs
        // a few lines a minute, so checking on every line costs nothing.
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();
        return trigger;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, String pattern,
                                                                LogMasks masks) {
        MaskingLayout layout = new MaskingLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.setMasks(masks);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    /** Detaches and closes the files; the console keeps logging. Idempotent. */
    @Override
    public void close() {
        for (Attached a : attached) {
            a.logger().detachAppender(a.appender());
            a.appender().stop();
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(rootLevel);
        context.removeObject(MaskingLayout.CONTEXT_KEY);
    }
}
