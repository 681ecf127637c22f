package till.supervise;

import java.time.Duration;
import java.util.List;
import till.cli.Args;
import till.cli.UsageException;

/**
 * The options of {@code till supervise}: the crash-loop limit, the delay before a restart, how long a stopping till
 * may take, and the arguments for the till itself (everything after {@code --}). Immutable.
 */
record SuperviseOptions(int maxRestarts, Duration window, Duration delay, Duration stopTimeout,
                        List<String> tillArgs) {

    static final String USAGE = "usage: till supervise [--max-restarts N] [--window SECONDS] [--delay-ms MS]"
            + " [--stop-timeout SECONDS] [-- TILL-ARGS...]";

    SuperviseOptions {
        tillArgs = List.copyOf(tillArgs);
    }

    static SuperviseOptions parse(List<String> args) throws UsageException {
        int maxRestarts = 5;
        long windowSeconds = 60;
        long delayMillis = 1000;
        long stopSeconds = 10;
        int i = 0;
        for (; i < args.size() && !args.get(i).equals("--"); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--max-restarts" -> maxRestarts = nonNegative(arg, Args.value(args, ++i));
                case "--window" -> windowSeconds = Args.positiveInt(arg, Args.value(args, ++i));
                case "--delay-ms" -> delayMillis = nonNegative(arg, Args.value(args, ++i));
                case "--stop-timeout" -> stopSeconds = Args.positiveInt(arg, Args.value(args, ++i));
                default -> throw new UsageException("unknown option " + arg + "\n" + USAGE);
            }
        }
        List<String> tillArgs = i < args.size() ? args.subList(i + 1, args.size()) : List.of();
        if (!tillArgs.isEmpty() && tillArgs.get(0).equals("supervise")) {
            throw new UsageException("a supervisor cannot supervise another supervisor");
        }
        return new SuperviseOptions(maxRestarts, Duration.ofSeconds(windowSeconds), Duration.ofMillis(delayMillis),
                Duration.ofSeconds(stopSeconds), tillArgs);
    }

    private static int nonNegative(String option, String value) throws UsageException {
        long n = Args.parseLong(option, value);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new UsageException(option + " needs a whole number of 0 or more, not " + value);
        }
        return (int) n;
    }
}
