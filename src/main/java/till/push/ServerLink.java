package till.push;

import till.worker.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.odoo.OdooException;
import till.odoo.PosContext;
import till.worker.WakeableSleeper;

/**
 * The push channel of the till as the icon sees it: first a thread {@code server-connect} logs in (again and again,
 * with back-off, red with the reason while it fails), then the {@link BusPoller} runs and its statuses are passed on.
 * Thread-safe.
 */
public final class ServerLink implements PushChannel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLink.class);

    /** Logs in and finds the POS; blocks on the network. */
    @FunctionalInterface
    public interface Connector {
        PosContext connect() throws Exception;
    }

    /** Builds the poller once the POS is known. */
    @FunctionalInterface
    public interface PollerFactory {
        BusPoller create(PosContext context);
    }

    private record Registration(Executor executor, StatusListener listener) {
    }

    private final Connector connector;
    private final PollerFactory pollers;
    private final String server;
    private final Backoff backoff;
    private final ConnectionStateMachine connecting;
    private final WakeableSleeper sleeper = new WakeableSleeper();
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private ConnectionStatus current;
    private BusPoller poller;
    private Thread thread;
    private volatile boolean closed;

    public ServerLink(Connector connector, PollerFactory pollers, String server, Backoff backoff, Clock clock) {
        this.connector = connector;
        this.pollers = pollers;
        this.server = server;
        this.backoff = backoff;
        this.connecting = new ConnectionStateMachine(clock);
        this.current = connecting.status();
        connecting.addListener(Runnable::run, this::forward);
    }

    /** Starts connecting on its own thread; with a POS already known, starts the poller at once. Idempotent. */
    public synchronized void start(Optional<PosContext> known) {
        if (thread != null || closed) {
            return;
        }
        thread = new Thread(() -> run(known), "server-connect");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void addListener(Executor executor, StatusListener listener) {
        listeners.add(new Registration(executor, listener));
        ConnectionStatus now = current;
        executor.execute(() -> listener.statusChanged(now));
    }

    @Override
    public void reconnectNow() {
        BusPoller running;
        synchronized (this) {
            running = poller;
        }
        if (running != null) {
            running.reconnectNow();
            return;
        }
        connecting.transition(ConnectionState.ROTATING, BusCause.reconnecting());
        sleeper.wake();
    }

    private void run(Optional<PosContext> known) {
        Optional<PosContext> pos = known;
        while (pos.isEmpty() && !closed) {
            try {
                pos = Optional.of(connector.connect());
            } catch (Exception e) {
                connecting.transition(ConnectionState.RED, cause(e));
                Duration wait = backoff.next();
                try {
                    sleeper.await(wait);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            poller = pollers.create(pos.get());
            poller.state().addListener(Runnable::run, this::fromPoller);
            poller.start();
        }
    }

    private BusCause cause(Exception e) {
        Throwable root = e;
        while (root != null && !(root instanceof OdooException)) {
            root = root.getCause();
        }
        if (root == null) {
            // The RED transition logs these words at INFO when they change; a line per retry would fill the log.
            LOG.debug("cannot connect to {}: {}", server, e.getMessage());
            return new BusCause(BusCause.Kind.SERVER_ERROR, e.getMessage(), "Check the server settings (till setup)."
                    + " The till keeps selling and tries again by itself.");
        }
        BusCause classified = BusFailures.of((OdooException) root, "/web/session/authenticate", server);
        return new BusCause(classified.kind(), e.getMessage(), classified.advice());
    }

    private void fromPoller(ConnectionStatus status) {
        // The poller's own "not started" would flash grey between the login and its first answer.
        if (status.state() != ConnectionState.STOPPED || closed) {
            forward(status);
        }
    }

    private synchronized void forward(ConnectionStatus status) {
        current = status;
        for (Registration r : listeners) {
            r.executor().execute(() -> r.listener().statusChanged(status));
        }
    }

    /** Stops the poller or the login loop and waits for them (bounded); idempotent. */
    @Override
    public void close() {
        BusPoller running;
        Thread connectingThread;
        synchronized (this) {
            closed = true;
            running = poller;
            connectingThread = thread;
        }
        sleeper.wake();
        if (running != null) {
            running.close();
        }
        if (connectingThread != null) {
            try {
                connectingThread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
