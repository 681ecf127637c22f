package till.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single named thread on which the screen's blocking calls run, one at a time and in order (see {@link Async}).
 * Thread-safe.
 */
public final class IoThread implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IoThread.class);

    private final ExecutorService executor;

    public IoThread(String name) {
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            // A failing task must be visible in the log, not vanish with the thread.
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("uncaught on {}", t.getName(), e));
            return thread;
        });
    }

    public ExecutorService executor() {
        return executor;
    }

    /** Lets queued work finish (a payment in flight must reach the disk), waiting at most five seconds. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("{} tasks still running at shutdown", executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
