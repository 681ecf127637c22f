package till.push;

import till.worker.Backoff;
import till.worker.Scheduler;
import java.time.Clock;

/**
 * The push channel's time: the clock for "since" and gaps, the scheduler for timers and the one back-off of a link
 * (its logins and its transport's retries; reset by any success, used on the connection's worker only). Tests pass
 * ones they move by hand. Immutable holder; the parts are thread-safe as their own docs say.
 */
public record BusClock(Clock clock, Scheduler scheduler, Backoff backoff) {
}
