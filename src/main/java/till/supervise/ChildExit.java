package till.supervise;

import java.util.Map;

/**
 * How a till child process ended, read from its exit code, and whether the supervisor starts it again. Immutable.
 *
 * <p>On Linux and macOS a child killed by signal N reports code 128 + N to Java.
 */
record ChildExit(int code) {

    /** What the supervisor does about an exit. */
    enum Outcome {
        /** Code 0: the cashier closed the till; the supervisor ends too. */
        ENDED,
        /** Code 2 (usage) or 3 (configuration): starting it again would fail the same way. */
        REFUSED,
        /** Anything else, including death by a signal: start it again. */
        CRASHED
    }

    private static final Map<Integer, String> SIGNALS = Map.of(1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 6, "SIGABRT",
            9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

    Outcome outcome() {
        return switch (code) {
            case 0 -> Outcome.ENDED;
            case 2, 3 -> Outcome.REFUSED;
            default -> Outcome.CRASHED;
        };
    }

    /** Words for the log line, e.g. "was killed by signal 9 (SIGKILL)" or "exited with code 1". */
    String describe() {
        if (code > 128 && code <= 128 + 64) {
            int signal = code - 128;
            return "was killed by signal " + signal + " (" + SIGNALS.getOrDefault(signal, "SIG" + signal) + ")";
        }
        return "exited with code " + code;
    }
}
