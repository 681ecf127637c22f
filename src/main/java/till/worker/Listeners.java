package till.worker;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one listener mechanism of Till: listeners of a value that changes (a worker's status, a connection's state),
 * each run on the executor it was registered with (the UI passes {@code Platform::runLater}, tests
 * {@code Runnable::run}). A failing listener or a refusing executor is logged and hurts no other. Thread-safe; call
 * {@link #publish} under the owner's lock when listeners must see the changes in the order they happened.
 */
public final class Listeners<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private record Registration<T>(Executor executor, Consumer<? super T> listener) {
    }

    private final List<Registration<T>> registrations = new CopyOnWriteArrayList<>();

    /** Registers a listener for every later {@link #publish}. */
    public void add(Executor executor, Consumer<? super T> listener) {
        registrations.add(new Registration<>(executor, listener));
    }

    /** Registers a listener and hands it {@code current} at once (on its executor), then every later value. */
    public void add(Executor executor, Consumer<? super T> listener, T current) {
        Registration<T> registration = new Registration<>(executor, listener);
        registrations.add(registration);
        deliver(registration, current);
    }

    public void remove(Consumer<? super T> listener) {
        registrations.removeIf(r -> r.listener() == listener);
    }

    /** Hands the value to every listener on its executor. */
    public void publish(T value) {
        for (Registration<T> r : registrations) {
            deliver(r, value);
        }
    }

    private static <T> void deliver(Registration<T> r, T value) {
        try {
            r.executor().execute(() -> run(r.listener(), value));
        } catch (RuntimeException e) {
            LOG.warn("a listener's executor refused an update", e);
        }
    }

    private static <T> void run(Consumer<? super T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            LOG.warn("a listener failed", e);
        }
    }
}
