package till.bus;

import java.time.Duration;

/** How long to wait before the next try after a failure; reset when a try succeeds. Confined to the poller thread. */
public interface Backoff {

    Duration next();

    void reset();
}
