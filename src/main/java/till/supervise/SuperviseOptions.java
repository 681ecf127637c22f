package till.supervise;

import java.time.Duration;
import java.util.List;

/**
 * The options of {@code till supervise}: the crash-loop limit, the delay before a restart, how long a stopping till
 * may take, and the arguments for the till itself. Immutable.
 *
 * @param maxRestarts restarts allowed within {@code window} before the supervisor gives up
 * @param tillArgs    the till's own arguments (what follows {@code --}); never {@code supervise} again
 * @throws IllegalArgumentException when the till's arguments would start another supervisor
 */
public record SuperviseOptions(int maxRestarts, Duration window, Duration delay, Duration stopTimeout,
                               List<String> tillArgs) {

    /** Five restarts a minute, one second apart, ten seconds to stop, a plain till. */
    public static final SuperviseOptions DEFAULTS = new SuperviseOptions(5, Duration.ofSeconds(60),
            Duration.ofSeconds(1), Duration.ofSeconds(10), List.of());

    public SuperviseOptions {
        tillArgs = List.copyOf(tillArgs);
        if (!tillArgs.isEmpty() && tillArgs.get(0).equals("supervise")) {
            throw new IllegalArgumentException("a supervisor cannot supervise another supervisor");
        }
    }
}
