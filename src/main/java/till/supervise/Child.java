package till.supervise;

import java.time.Duration;

/** One running till process, as the supervisor sees it. Implementations are thread-safe. */
interface Child {

    /** Waits for the process to end and returns its exit code. */
    int waitFor() throws InterruptedException;

    /** Asks it to end (SIGTERM on Linux), and kills it if it has not ended within the grace period. */
    void stop(Duration grace) throws InterruptedException;
}
