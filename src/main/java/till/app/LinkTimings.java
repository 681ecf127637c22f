package till.app;

import java.time.Duration;
import java.util.function.Supplier;
import till.push.BusSettings;
import till.worker.Backoff;
import till.demoserver.DemoServerOptions;

/**
 * How long the till's connections wait: the demo server's poll hold, the long poll's timeout and the back-offs of the
 * order sender and the push channel. Production uses {@link #standard()}; tests shorten them. Immutable.
 */
record LinkTimings(Duration demoHold, Duration pollTimeout, Supplier<Backoff> senderBackoff,
                   Supplier<Backoff> busBackoff) {

    static LinkTimings standard() {
        return new LinkTimings(DemoServerOptions.defaults().hold(), BusSettings.POLL_TIMEOUT, Backoff::standard,
                Backoff::reconnecting);
    }
}
