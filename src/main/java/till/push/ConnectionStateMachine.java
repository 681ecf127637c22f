package till.push;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.worker.Listeners;

/**
 * The one state machine of a server link's longpolling icon, and the one gate every change of it passes through. The
 * transport's events ({@link #answered}, {@link #alive}, {@link #lost}) and the connection's own
 * ({@link #reconnecting}, {@link #stopped}) move the link's state as {@code pos_longpolling}'s flags do (protocol
 * §8.4-8.5); a helper worker of the link (the catalog refresh) that failed unexpectedly shows red with its cause while
 * it is failed. Each move is checked against {@link ConnectionState}'s legal transitions, logged as
 * {@code push channel OLD -> NEW (cause)} at INFO (the connection history's lines) and handed, as an immutable
 * {@link ConnectionStatus}, to each listener on the executor it was registered with. Thread-safe.
 */
public final class ConnectionStateMachine {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionStateMachine.class);

    private final Clock clock;
    private final Listeners<ConnectionStatus> listeners = new Listeners<>();
    /** Failed helper workers by name, each with what the icon says about it. */
    private final Map<String, BusCause> failedHelpers = new LinkedHashMap<>();
    /** The link's own state and cause, as its events moved it. */
    private ConnectionState own = ConnectionState.STOPPED;
    private BusCause ownCause = BusCause.notStarted();
    /** What the icon shows: the link's own state, or red while a helper is failed. */
    private ConnectionStatus shown;

    public ConnectionStateMachine(Clock clock) {
        this.clock = clock;
        this.shown = new ConnectionStatus(ConnectionState.STOPPED, clock.instant(), BusCause.notStarted());
    }

    public synchronized ConnectionStatus status() {
        return shown;
    }

    /**
     * Registers a listener, which at once gets the current status and then every change, on {@code executor}
     * (e.g. {@code Platform::runLater} for the icon, {@code Runnable::run} in tests).
     */
    public synchronized void addListener(Executor executor, StatusListener listener) {
        listeners.add(executor, listener::statusChanged, shown);
    }

    /** See {@link PushEvents#answered}: orange, unless green already or a reconnect still runs. */
    public synchronized void answered(BusCause cause) {
        if (own != ConnectionState.GREEN && own != ConnectionState.ROTATING) {
            transition(ConnectionState.ORANGE, cause);
        }
    }

    /** See {@link PushEvents#alive}: green. */
    public synchronized void alive(BusCause cause) {
        transition(ConnectionState.GREEN, cause);
    }

    /** See {@link PushEvents#lost}: red; a new failure while red replaces the cause and keeps "since". */
    public synchronized void lost(BusCause cause) {
        transition(ConnectionState.RED, cause);
    }

    /**
     * See {@link PushEvents#connecting}: rotating while a connection is opened, unless red: an automatic retry after a
     * failure keeps the failure on show (no red-rotating flicker at every try), only a success or a click moves it.
     */
    public synchronized void connecting(BusCause cause) {
        if (own != ConnectionState.RED) {
            transition(ConnectionState.ROTATING, cause);
        }
    }

    /** See {@link PushEvents#silent}: orange, also from green. */
    public synchronized void silent(BusCause cause) {
        transition(ConnectionState.ORANGE, cause);
    }

    /** A reconnect runs (the cashier clicked): rotating until the transport's next alive or lost. */
    public synchronized void reconnecting() {
        transition(ConnectionState.ROTATING, BusCause.reconnecting());
    }

    /** The link stopped for good: the icon is hidden, whatever its helpers did. */
    public synchronized void stopped() {
        failedHelpers.clear();
        transition(ConnectionState.STOPPED, BusCause.stopped());
    }

    /**
     * A helper worker of the link failed unexpectedly ({@code failure} says what the icon shows) or runs again
     * (empty): red with its cause while it is failed, then the link's own state again.
     */
    public synchronized void helper(String worker, Optional<BusCause> failure) {
        if (failure.isPresent()) {
            failedHelpers.put(worker, failure.get());
        } else {
            failedHelpers.remove(worker);
        }
        show();
    }

    /**
     * Moves the link's own state to {@code next} for {@code cause}. Staying in the same state is no transition: a red
     * state takes the newer failure as its cause (keeping its "since"); other states keep theirs.
     *
     * @return whether the shown status changed
     * @throws IllegalStateException when the state may not become {@code next}
     */
    public synchronized boolean transition(ConnectionState next, BusCause cause) {
        if (own == next) {
            if (next != ConnectionState.RED) {
                return false;
            }
        } else if (!own.canMoveTo(next, cause.kind())) {
            throw new IllegalStateException("illegal push channel transition " + own + " -> " + next + " ("
                    + cause.words() + ")");
        }
        own = next;
        ownCause = cause;
        return show();
    }

    /** Publishes what the icon shows now, when it changed. Caller holds the lock. */
    private boolean show() {
        boolean helperFailed = !failedHelpers.isEmpty();
        ConnectionState next = helperFailed ? ConnectionState.RED : own;
        BusCause cause = helperFailed ? failedHelpers.values().iterator().next() : ownCause;
        ConnectionState old = shown.state();
        if (old == next && (next != ConnectionState.RED || shown.cause().equals(cause))) {
            return false;
        }
        // Every state may turn red and red may become any other, so the overlay never makes an illegal move.
        LOG.info("push channel {} -> {} ({})", old, next, cause.words());
        shown = new ConnectionStatus(next, old == next ? shown.since() : clock.instant(), cause);
        // Published under the lock so that every listener sees the changes in the order they happened.
        listeners.publish(shown);
        return true;
    }
}
