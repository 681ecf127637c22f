package till.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import okhttp3.Request;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.odoo.InFlightCalls;
import till.odoo.JsonRpcClient;
import till.push.WebsocketEndings.Ending;
import till.worker.Pause;
import till.worker.Scheduler;

/**
 * The push channel over Odoo 16+'s websocket bus (protocol §9, decision 0081). A round is one socket from the upgrade
 * ({@code /websocket?version=}, with an {@code Origin} and the session cookie) and the {@code subscribe} with the
 * channels and the last id handled, to its end; the close code decides the next round ({@link WebsocketEndings}):
 * 4002 at once without red, 4001 after logging in again, 1013 and failures after the back-off, 4003 later, 1000
 * OUTDATED_VERSION not by itself. Frames are taken in order on the worker's thread and handed to the
 * {@link BusInbox} like long polling's notifications, each id once ({@link BusPosition}). When something strips the
 * upgrade, rounds poll {@code peek_notifications} instead ({@link PeekFallback}, orange). Rounds run on the push
 * connection's worker; OkHttp's threads only queue; liveness checks run on the scheduler's thread;
 * {@link #reconnectNow} and {@link #close} come from any thread and never block. Thread-safe.
 */
public final class WebsocketTransport implements PushTransport {

    /** After OUTDATED_VERSION Till does not come back by itself (a click or a restart does). */
    static final Duration STAY_AWAY = Duration.ofHours(12);
    private static final Logger LOG = LoggerFactory.getLogger(WebsocketTransport.class);

    private final WebsocketBus bus;
    private final WebsocketSettings settings;
    private final PushEvents events;
    private final WebsocketLiveness liveness;
    private final InFlightCalls inFlight = new InFlightCalls();
    private final BusPosition position;
    private final Retries retries;
    private final PeekFallback fallback;
    // Guarded by this.
    private WebSocket socket;
    private SocketFeed feed;
    private boolean restart;
    private boolean closed;

    /** @param renewal logs in again when the server closes with 4001 or the fallback's poll says the session expired */
    public WebsocketTransport(WebsocketBus bus, WebsocketSettings settings, BusClock time, BusInbox inbox,
                              SessionRenewal renewal, PushEvents events) {
        this.bus = bus;
        this.settings = settings;
        this.events = events;
        Scheduler timers = (delay, task) -> time.scheduler().schedule(delay, () -> onTimer(task));
        this.liveness = new WebsocketLiveness(events, settings, time.clock(), timers);
        this.position = new BusPosition(inbox, bus.cursorKey(), settings.reloadGap());
        this.retries = new Retries(time, renewal, events, this::clicked);
        this.fallback = new PeekFallback(bus, settings, inFlight, position, retries, events, time.clock());
    }

    @Override
    public Pause round() throws InterruptedException {
        if (fallback.polling() && !clicked()) {
            return fallback.round();
        }
        return session();
    }

    @Override
    public void reconnectNow() {
        synchronized (this) {
            restart = true;
        }
        cut();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        inFlight.cancel();
        liveness.stop();
        cut();
    }

    /** Cancels the socket, if any, and wakes the round that waits for its events. */
    private void cut() {
        WebSocket running;
        SocketFeed waiting;
        synchronized (this) {
            running = socket;
            waiting = feed;
        }
        if (running != null) {
            running.cancel();
        }
        if (waiting != null) {
            waiting.wake();
        }
    }

    /** One socket, from the upgrade to its end. */
    private Pause session() throws InterruptedException {
        if (!fallback.leave()) {
            // While polling, the periodic retry of the upgrade keeps the orange look; a click shows its own rotation.
            events.connecting(WebsocketCauses.connecting(bus.endpoint().pushServer()));
        }
        SocketFeed opening = new SocketFeed(new FrameCap(settings.frameCap()));
        WebSocket ws;
        synchronized (this) {
            if (closed) {
                return Pause.NONE;
            }
            restart = false;
            feed = opening;
            ws = bus.dialer().open(request(), opening, opening.cap());
            socket = ws;
        }
        try {
            return run(ws, opening);
        } finally {
            liveness.stop();
            ws.cancel();
            synchronized (this) {
                socket = null;
                feed = null;
            }
        }
    }

    private Pause run(WebSocket ws, SocketFeed incoming) throws InterruptedException {
        boolean opened = false;
        while (true) {
            SocketFeed.Event event = incoming.take();
            if (stopping()) {
                return Pause.NONE;
            }
            switch (event.kind()) {
                case OPENED -> {
                    subscribe(ws);
                    opened = true;
                }
                case TEXT -> {
                    if (!frame(event.text())) {
                        position.workedUntilNow();
                        return retries.failed(WebsocketCauses.notAFrame());
                    }
                }
                case CLOSING -> {
                    LOG.debug("the server closed the websocket: {} {}", event.code(), event.text());
                    return ended(WebsocketEndings.closed(event.code(), event.text(), bus.endpoint(), settings),
                            opened);
                }
                case FAILED -> {
                    LOG.debug("the websocket failed (HTTP {}): {}", event.code(), String.valueOf(event.failure()));
                    return ended(WebsocketEndings.failed(event.failure(), event.code(), opened, bus.endpoint(),
                            settings), opened);
                }
                case WAKE -> {
                    // Only the flags above.
                }
            }
        }
    }

    private void subscribe(WebSocket ws) {
        ObjectNode subscribe = JsonRpcClient.MAPPER.createObjectNode().put("event_name", "subscribe");
        ObjectNode data = subscribe.putObject("data");
        bus.endpoint().channels().forEach(data.putArray("channels")::add);
        data.put("last", position.last());
        ws.send(subscribe.toString());
        liveness.opened(ws);
        position.reached();
        retries.opened();
        events.alive(WebsocketCauses.subscribed());
    }

    /** Hands a frame's new notifications on; false when it is not a bus frame. */
    private boolean frame(String text) {
        JsonNode items;
        try {
            items = JsonRpcClient.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return false;
        }
        if (!items.isArray()) {
            return false;
        }
        retries.answered();
        liveness.frame();
        position.deliver(BusItems.parse(items));
        return true;
    }

    private Pause ended(Ending ending, boolean opened) {
        if (opened) {
            position.workedUntilNow();
        }
        switch (ending.next()) {
            case RECONNECT:
                return retries.soon(ending.cause());
            case RENEW:
                fallback.sessionRenewed();
                return retries.renew(ending.cause());
            case TRY_POLLING:
                return fallback.start(ending.status());
            case LATER:
                events.lost(ending.cause());
                return retries.after(settings.laterPause());
            case STAY_AWAY:
                LOG.warn("the server refused websocket version {}: not reconnecting by itself",
                        bus.endpoint().version());
                events.lost(ending.cause());
                return retries.after(STAY_AWAY);
            case BACK_OFF:
            default:
                return retries.failed(ending.cause());
        }
    }

    /** Whether the cashier clicked since the current socket was opened. */
    private synchronized boolean clicked() {
        return restart;
    }

    private synchronized boolean stopping() {
        return closed || restart;
    }

    private Request request() {
        return new Request.Builder().url(bus.endpoint().url()).header("Origin", bus.endpoint().origin()).build();
    }

    /** A timer's task: what it throws unexpectedly is the connection's failure, not the timer thread's. */
    private void onTimer(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            events.unexpected(e);
        }
    }
}
