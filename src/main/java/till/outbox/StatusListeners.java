package till.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listeners of a worker's status, each run on the executor it was registered with (the UI passes
 * {@code Platform::runLater}). Thread-safe.
 */
public final class StatusListeners<T> {

    private static final Logger LOG = LoggerFactory.getLogger(StatusListeners.class);

    private record Registration<T>(Consumer<T> listener, Executor executor) {
    }

    private final List<Registration<T>> registrations = new CopyOnWriteArrayList<>();

    public void add(Consumer<T> listener, Executor executor) {
        registrations.add(new Registration<>(listener, executor));
    }

    /** Hands the value to every listener on its executor; a failing listener or executor hurts no other. */
    public void publish(T value) {
        for (Registration<T> r : registrations) {
            try {
                r.executor().execute(() -> run(r.listener(), value));
            } catch (RuntimeException e) {
                LOG.warn("a status listener's executor refused the update", e);
            }
        }
    }

    private static <T> void run(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            LOG.warn("a status listener failed", e);
        }
    }
}
