package till.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import till.supervise.SuperviseOptions;
import till.supervise.Supervision;

/**
 * {@code till supervise [options] [-- TILL-ARGS...]}: runs the till and starts it again when it dies, with the same
 * data directory; everything after {@code --} goes to the till untouched (docs/installer.md). Blocks the thread that
 * runs the command line until the supervision ends.
 */
@Command(name = "supervise", description = "[--max-restarts N] [--window S] [--delay-ms MS] [-- TILL-ARGS]: run the"
        + " till, restart it if it dies")
final class SuperviseCommand implements Callable<Integer> {

    private static final SuperviseOptions DEFAULTS = SuperviseOptions.DEFAULTS;

    @Option(names = "--max-restarts", paramLabel = "N", converter = Numbers.NonNegative.class,
            description = "restarts allowed within the window before giving up (default: ${DEFAULT-VALUE})")
    private int maxRestarts = DEFAULTS.maxRestarts();

    @Option(names = "--window", paramLabel = "SECONDS", converter = Numbers.Positive.class,
            description = "the crash-loop window (default: ${DEFAULT-VALUE})")
    private int windowSeconds = (int) DEFAULTS.window().toSeconds();

    @Option(names = "--delay-ms", paramLabel = "MS", converter = Numbers.NonNegative.class,
            description = "the pause before a restart (default: ${DEFAULT-VALUE})")
    private int delayMillis = (int) DEFAULTS.delay().toMillis();

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", converter = Numbers.Positive.class,
            description = "how long a stopping till may take before it is killed (default: ${DEFAULT-VALUE})")
    private int stopSeconds = (int) DEFAULTS.stopTimeout().toSeconds();

    @Parameters(paramLabel = "-- TILL-ARGS", description = "the till's own arguments, after --, passed on untouched")
    private List<String> tillArgs = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private final CommandContext context;
    private final String mainClass;

    /** @param mainClass the till's main class, used when the child is started with {@code java} */
    SuperviseCommand(CommandContext context, String mainClass) {
        this.context = context;
        this.mainClass = mainClass;
    }

    @Override
    public Integer call() throws Exception {
        return Supervision.run(options(), context.dataDir(), mainClass, context.err());
    }

    /** The supervisor's options from the parsed ones. */
    SuperviseOptions options() throws UsageException {
        if (context.kiosk()) {
            throw new UsageException("--kiosk is an option of the till: give it after --, as in till supervise --"
                    + " --kiosk");
        }
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int end = original.indexOf("--");
        List<String> afterEnd = end < 0 ? List.of() : original.subList(end + 1, original.size());
        if (!tillArgs.isEmpty() && !tillArgs.equals(afterEnd)) {
            // picocli takes any word as a positional parameter; the till's arguments must follow --.
            throw new UsageException("unexpected argument " + tillArgs.get(0) + " (the till's arguments go after --)");
        }
        try {
            return new SuperviseOptions(maxRestarts, Duration.ofSeconds(windowSeconds),
                    Duration.ofMillis(delayMillis), Duration.ofSeconds(stopSeconds), tillArgs);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
