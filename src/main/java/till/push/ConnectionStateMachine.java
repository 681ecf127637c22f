package till.push;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gate every change of the push channel's state passes through: it checks the move against
 * {@link ConnectionState}'s legal transitions, logs {@code push channel OLD -> NEW (cause)} at INFO (the connection
 * history's lines) and hands the new immutable {@link ConnectionStatus} to each listener on the executor it was
 * registered with. Thread-safe.
 */
public final class ConnectionStateMachine {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionStateMachine.class);

    private record Registration(Executor executor, StatusListener listener) {
    }

    private final Clock clock;
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private ConnectionStatus status;

    public ConnectionStateMachine(Clock clock) {
        this.clock = clock;
        this.status = new ConnectionStatus(ConnectionState.STOPPED, clock.instant(), BusCause.notStarted());
    }

    public synchronized ConnectionStatus status() {
        return status;
    }

    /**
     * Registers a listener, which at once gets the current status and then every change, on {@code executor}
     * (e.g. {@code Platform::runLater} for the icon, {@code Runnable::run} in tests).
     */
    public synchronized void addListener(Executor executor, StatusListener listener) {
        Registration registration = new Registration(executor, listener);
        listeners.add(registration);
        ConnectionStatus current = status;
        executor.execute(() -> listener.statusChanged(current));
    }

    public void removeListener(StatusListener listener) {
        listeners.removeIf(r -> r.listener() == listener);
    }

    /**
     * Moves to {@code next} for {@code cause}. Staying in the same state is no transition: a red state takes the
     * newer failure as its cause (keeping its "since"); other states keep theirs.
     *
     * @return whether the published status changed
     * @throws IllegalStateException when the state may not become {@code next}
     */
    public synchronized boolean transition(ConnectionState next, BusCause cause) {
        ConnectionState old = status.state();
        if (old == next) {
            if (next != ConnectionState.RED || status.cause().equals(cause)) {
                return false;
            }
            LOG.info("push channel {} -> {} ({})", old, next, cause.words());
            publish(new ConnectionStatus(next, status.since(), cause));
            return true;
        }
        if (!old.canMoveTo(next)) {
            throw new IllegalStateException("illegal push channel transition " + old + " -> " + next + " ("
                    + cause.words() + ")");
        }
        LOG.info("push channel {} -> {} ({})", old, next, cause.words());
        publish(new ConnectionStatus(next, clock.instant(), cause));
        return true;
    }

    private void publish(ConnectionStatus next) {
        status = next;
        // Published under the lock so that every listener sees the changes in the order they happened.
        for (Registration r : listeners) {
            r.executor().execute(() -> r.listener().statusChanged(next));
        }
    }
}
