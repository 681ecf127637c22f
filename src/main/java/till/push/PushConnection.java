package till.push;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.odoo.PosContext;
import till.worker.Backoff;
import till.worker.Job;
import till.worker.Pause;
import till.worker.Sleeper;
import till.worker.Worker;
import till.worker.WorkerStatus;

/**
 * The push channel to one server and the one model of its longpolling icon. A worker {@code push-connection} logs in
 * (again and again with back-off, red with the reason while it fails), then runs a {@link PushTransport} round after
 * round; what the transport learns moves the link's one {@link ConnectionStateMachine}. Nothing ends it silently:
 * whatever the login, the transport, a notification handler or a timer throws unexpectedly is logged with its stack,
 * turns the icon red with an {@link BusCause.Kind#INTERNAL} cause, and the worker starts again (with a new transport)
 * after a back-off. Stopping cancels the login or the poll in flight. Thread-safe; {@link #reconnectNow} never blocks.
 * About 300 lines: the worker's lifecycle, the login and the current transport share one lock and one state (closed,
 * the transport and its events); apart, each part would reach into the others'.
 */
public final class PushConnection implements PushChannel, AutoCloseable {

    /** How long {@link #close} waits for the worker: a call in flight is cancelled, so it ends in milliseconds. */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(PushConnection.class);

    /** Logs in and finds the POS; blocks on the network. Implementations are thread-safe. */
    public interface Connector {

        PosContext connect() throws Exception;

        /** Cuts a {@link #connect} in flight short where the connector can (stopping); idempotent. */
        default void cancel() {
        }
    }

    private final Connector connector;
    private final PushTransport.Factory transports;
    private final String server;
    private final Backoff backoff;
    private final ConnectionStateMachine gate;
    private final Worker worker;
    /** A failure from another thread, for the worker to fail with. */
    private final AtomicReference<Throwable> crash = new AtomicReference<>();
    private final Object lock = new Object();
    // Guarded by lock.
    private PosContext pos;
    private PushTransport transport;
    private TransportEvents events;
    private boolean reconnectAsked;
    private boolean started;
    private boolean closed;

    /**
     * @param server  the server's address, for the words of a failed login
     * @param time    the clock, and the back-off shared by the login and the transport's retries (the transport
     *                gets the same {@link BusClock} from its factory)
     * @param sleeper where the worker waits between tries ({@link #reconnectNow} wakes it)
     */
    public PushConnection(Connector connector, PushTransport.Factory transports, String server, BusClock time,
                          Sleeper sleeper) {
        this.connector = connector;
        this.transports = transports;
        this.server = server;
        this.backoff = time.backoff();
        this.gate = new ConnectionStateMachine(time.clock());
        this.worker = new Worker("push-connection", new Link(), sleeper, Backoff.standard(), time.clock());
        worker.addListener(Runnable::run, this::workerChanged);
    }

    /** Starts the worker; with the POS already known it skips the login. Idempotent; nothing after a close. */
    public void start(Optional<PosContext> known) {
        synchronized (lock) {
            if (closed || started) {
                return;
            }
            started = true;
            pos = known.orElse(null);
            // Under the lock, so that a stop comes before or after, never between; no worker thread exists yet to
            // hold the worker's own lock while its listener waits for this one.
            worker.start();
        }
    }

    @Override
    public void addListener(Executor executor, StatusListener listener) {
        gate.addListener(executor, listener);
    }

    public ConnectionStatus status() {
        return gate.status();
    }

    /** The cashier's click: rotating, cancel any back-off wait and the call in flight, connect again now. */
    @Override
    public void reconnectNow() {
        PushTransport running;
        synchronized (lock) {
            if (closed) {
                return;
            }
            running = transport;
            reconnectAsked = running == null;
            // Before the transport restarts: its outcome must follow the rotation, never come before it.
            gate.reconnecting();
        }
        if (running != null) {
            running.reconnectNow();
        }
        worker.wake();
    }

    /**
     * Logs in again from the start, as at a start of the till: the POS found at the last login is dropped with its
     * transport (a new POS session has its own bus channel on 17, and the login loads its catalog). Nothing after a
     * close.
     */
    public void logInAgain() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            pos = null;
            reconnectAsked = true;
            gate.reconnecting();
        }
        dropTransport();
        worker.wake();
    }

    /**
     * A worker that serves this link (the catalog refresh) changed: while it is failed, the icon is red with its
     * internal error; {@code part} names it in the advice, e.g. "The catalog refresh".
     */
    public void helperChanged(WorkerStatus status, String part) {
        synchronized (lock) {
            if (!closed) {
                gate.helper(status.worker(), status.internalError().map(words -> BusCause.internal(words, part)));
            }
        }
    }

    /**
     * Stops the worker: cancels the login or the transport's calls, wakes its wait, joins it for at most
     * {@code bound}; then the icon is hidden. Idempotent.
     *
     * @return whether the worker has ended
     */
    public boolean stop(Duration bound) throws InterruptedException {
        synchronized (lock) {
            closed = true;
            if (events != null) {
                events.drop();
            }
        }
        try {
            return worker.stop(bound);
        } finally {
            gate.stopped();
        }
    }

    /** {@link #stop} with {@link #CLOSE_BOUND}. */
    @Override
    public void close() {
        try {
            if (!stop(CLOSE_BOUND)) {
                LOG.warn("the push connection did not stop within {} s; its call ends by its own timeout",
                        CLOSE_BOUND.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void workerChanged(WorkerStatus status) {
        status.internalError().ifPresent(words -> {
            synchronized (lock) {
                if (!closed) {
                    gate.lost(BusCause.internal(words, "The connection to the server"));
                }
            }
        });
    }

    /** The worker's job: log in, then the transport's rounds; a new transport after each restart. */
    private final class Link implements Job {

        @Override
        public void startUp() {
            dropTransport();
            crash.set(null);
        }

        @Override
        public Pause round() throws Exception {
            rethrowCrash();
            PosContext known;
            PushTransport running;
            synchronized (lock) {
                known = pos;
                running = transport;
            }
            if (known == null) {
                return connect();
            }
            if (running == null) {
                running = newTransport(known);
                if (running == null) {
                    return Pause.NONE;
                }
            }
            Pause pause = running.round();
            rethrowCrash();
            return pause;
        }

        @Override
        public void cancel() {
            connector.cancel();
            PushTransport running;
            synchronized (lock) {
                running = transport;
            }
            if (running != null) {
                running.close();
            }
        }

        @Override
        public void shutDown() {
            dropTransport();
        }
    }

    private Pause connect() throws Exception {
        PosContext found;
        try {
            found = connector.connect();
        } catch (RuntimeException unexpected) {
            throw unexpected;
        } catch (Exception e) {
            return connectFailed(e);
        }
        synchronized (lock) {
            pos = found;
        }
        backoff.reset();
        return Pause.NONE;
    }

    private Pause connectFailed(Exception e) {
        Duration wait = backoff.next();
        synchronized (lock) {
            if (closed) {
                return Pause.NONE;
            }
            // The red transition logs the words at INFO when they change; a line per retry would fill the log.
            LOG.debug("cannot connect to {}: {}", server, e.getMessage());
            gate.lost(BusFailures.ofLogin(e, server));
            if (reconnectAsked) {
                reconnectAsked = false;
                return Pause.NONE;
            }
        }
        return Pause.backOff(wait);
    }

    private PushTransport newTransport(PosContext known) {
        synchronized (lock) {
            if (closed) {
                return null;
            }
            events = new TransportEvents(gate, this::crashed);
            transport = transports.create(known, events);
            reconnectAsked = false;
            return transport;
        }
    }

    private void dropTransport() {
        PushTransport old;
        synchronized (lock) {
            old = transport;
            transport = null;
            if (events != null) {
                events.drop();
                events = null;
            }
        }
        if (old != null) {
            old.close();
        }
    }

    private void rethrowCrash() throws Exception {
        Throwable failure = crash.getAndSet(null);
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof Exception exception) {
            throw exception;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** A transport's failure on another thread: the worker leaves its round at once, fails with it, starts again. */
    private void crashed(Throwable failure) {
        PushTransport running;
        synchronized (lock) {
            crash.compareAndSet(null, failure);
            running = transport;
        }
        if (running != null) {
            running.close();
        }
        worker.wake();
    }
}
