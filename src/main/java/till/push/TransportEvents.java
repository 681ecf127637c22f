package till.push;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of one transport, as its {@link PushConnection} hears them: into the link's state machine until the
 * connection drops the transport (it stops, or starts again with a new one after a failure), nothing after, so a late
 * timer of an old transport never moves the icon. Thread-safe.
 */
final class TransportEvents implements PushEvents {

    private static final Logger LOG = LoggerFactory.getLogger(TransportEvents.class);

    private final ConnectionStateMachine gate;
    private final Consumer<Throwable> crashed;
    private boolean live = true;

    /** @param crashed fails the connection with a failure from another thread (it must not block) */
    TransportEvents(ConnectionStateMachine gate, Consumer<Throwable> crashed) {
        this.gate = gate;
        this.crashed = crashed;
    }

    @Override
    public synchronized void answered(BusCause cause) {
        if (live) {
            gate.answered(cause);
        }
    }

    @Override
    public synchronized void connecting(BusCause cause) {
        if (live) {
            gate.connecting(cause);
        }
    }

    @Override
    public synchronized void silent(BusCause cause) {
        if (live) {
            gate.silent(cause);
        }
    }

    @Override
    public synchronized void alive(BusCause cause) {
        if (live) {
            gate.alive(cause);
        }
    }

    @Override
    public synchronized void lost(BusCause cause) {
        if (live) {
            gate.lost(cause);
        }
    }

    @Override
    public void unexpected(Throwable failure) {
        synchronized (this) {
            if (!live) {
                LOG.warn("a push transport failed after it was closed", failure);
                return;
            }
        }
        crashed.accept(failure);
    }

    /** Nothing this transport says counts any more. */
    synchronized void drop() {
        live = false;
    }
}
