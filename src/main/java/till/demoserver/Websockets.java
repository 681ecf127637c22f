package till.demoserver;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open websockets of one demo and what they share: the bus they read, the session store they check, the timer
 * thread for pings and late frames, and the websocket faults, applied to the open sockets when switched on and to
 * every new one after its upgrade. Thread-safe.
 */
final class Websockets {

    private static final long DEFAULT_SLOW_MILLIS = 2000;
    private static final int DEFAULT_CLOSE_CODE = 4002;

    private final Bus bus;
    private final HttpSessions sessions;
    private final Faults faults;
    private final DemoServerOptions options;
    private final Set<DemoSocket> open = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor scheduler;

    Websockets(Bus bus, HttpSessions sessions, Faults faults, DemoServerOptions options) {
        this.bus = bus;
        this.sessions = sessions;
        this.faults = faults;
        this.options = options;
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "demo-server-websocket-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        // Like Odoo's NOTIFY listener, a send only rings the sockets; they read the table on their own.
        bus.onPublish(() -> {
            if (!faults.on(FaultKind.LATE_NOTIFICATIONS)) {
                open.forEach(socket -> scheduler.execute(socket::dispatch));
            }
        });
    }

    Bus bus() {
        return bus;
    }

    HttpSessions sessions() {
        return sessions;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** The silence after which a socket is pinged. */
    Duration idle() {
        return options.profile().pingAfter(options.websocketIdle());
    }

    /** How long a ping stays unanswered before the socket is dropped. */
    Duration pongWait() {
        return options.profile().pongWait(options.websocketIdle());
    }

    Duration keepAlive() {
        return options.websocketKeepAlive();
    }

    boolean stalled() {
        return faults.on(FaultKind.WS_STALL);
    }

    boolean dropsMidFrame() {
        return faults.on(FaultKind.WS_DROP_MID_FRAME);
    }

    long frameDelayMillis() {
        return faults.get(FaultKind.WS_SLOW).map(f -> f.number(DEFAULT_SLOW_MILLIS)).orElse(0L);
    }

    int openCount() {
        return open.size();
    }

    void opened(DemoSocket socket) {
        open.add(socket);
    }

    void closed(DemoSocket socket) {
        open.remove(socket);
    }

    /** Applies the drop and close faults to a socket; false when it is gone. */
    boolean applyFaults(DemoSocket socket) {
        if (faults.on(FaultKind.WS_DROP)) {
            socket.drop();
            return false;
        }
        Optional<Fault> close = faults.get(FaultKind.WS_CLOSE);
        if (close.isPresent()) {
            socket.closeAndDrop((int) close.get().number(DEFAULT_CLOSE_CODE), "");
            return false;
        }
        return true;
    }

    /** A websocket fault was switched on: the open sockets feel it at once. */
    void faultOn(FaultKind kind) {
        if (kind == FaultKind.WS_DROP || kind == FaultKind.WS_CLOSE) {
            List.copyOf(open).forEach(s -> scheduler.execute(() -> applyFaults(s)));
        }
    }

    /** A fault was cleared: a stalled socket reads and sends again. */
    void faultOff(FaultKind kind) {
        if (kind == FaultKind.WS_STALL) {
            List.copyOf(open).forEach(s -> scheduler.execute(s::resume));
        }
    }

    /** Drops every socket and stops the timer; used when the server stops. */
    void close() {
        List.copyOf(open).forEach(DemoSocket::drop);
        scheduler.shutdownNow();
    }
}
