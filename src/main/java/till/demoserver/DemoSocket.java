package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One websocket of the bus, as Odoo 17/18 serve it: {@code subscribe} replaces the channels and sends what is newer
 * than {@code last} at once; every notification arrives as a JSON array of {@code {id, message}}; after a silence
 * the server pings, and drops the connection without a close frame when the pong does not come within as long
 * again; at that check it also closes with 4002 when the socket is older than its keep-alive; more than 10 frames
 * within 2 s close it with 1013; a session gone from the store closes it with 4001 at the next dispatch. After a
 * close of its own the server ends its output at once and drops TCP (v18 Surprise 12) a moment later. Thread-safe: every method synchronizes on this
 * object; Jetty calls the listener methods, the bus and the scheduler call the rest. Public only because Jetty
 * reaches the listener methods through public method handles; nothing outside the package can make one.
 */
public final class DemoSocket implements Session.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSocket.class);
    private static final int RATE_LIMIT_BURST = 10;
    private static final Duration RATE_LIMIT_WINDOW = Duration.ofMillis(200 * RATE_LIMIT_BURST);
    private static final Duration DROP_AFTER_CLOSE = Duration.ofSeconds(3);

    private final Websockets owner;
    private final String sessionId;
    private final boolean loggedInAtStart;
    private final EndPoint endPoint;
    private final boolean outdated;
    private final long keepAliveNanos;
    private final long openedAt = System.nanoTime();
    private final Deque<Long> incoming = new ArrayDeque<>();
    private Session session;
    private List<String> channels = List.of();
    private long lastSent;
    private boolean awaitingPong;
    private boolean readDemanded;
    private boolean closed;
    private ScheduledFuture<?> tick;

    /**
     * @param endPoint the TCP connection under the socket, for a drop in the middle of a frame
     * @param outdated a browser-like client with the wrong {@code version}: closed with OUTDATED_VERSION at once
     */
    DemoSocket(Websockets owner, String sessionId, boolean loggedInAtStart, EndPoint endPoint, boolean outdated) {
        this.owner = owner;
        this.sessionId = sessionId;
        this.loggedInAtStart = loggedInAtStart;
        this.endPoint = endPoint;
        this.outdated = outdated;
        long keepAlive = owner.keepAlive().toNanos();
        this.keepAliveNanos = keepAlive + (long) (ThreadLocalRandom.current().nextDouble(0.5) * keepAlive);
    }

    @Override
    public synchronized void onWebSocketOpen(Session opened) {
        this.session = opened;
        owner.opened(this);
        if (outdated) {
            closeAndDrop(1000, "OUTDATED_VERSION");
            return;
        }
        if (!owner.applyFaults(this)) {
            return;
        }
        rearm();
        demandRead();
    }

    @Override
    public synchronized void onWebSocketText(String text) {
        readDemanded = false;
        if (closed) {
            return;
        }
        if (overRateLimit()) {
            closeAndDrop(1013, "");
            return;
        }
        rearm();
        JsonNode event = parse(text);
        if ("subscribe".equals(event.path("event_name").asText())) {
            subscribe(event.path("data"));
        }
        if (!owner.stalled()) {
            demandRead();
        }
    }

    @Override
    public synchronized void onWebSocketPong(ByteBuffer payload) {
        readDemanded = false;
        awaitingPong = false;
        rearm();
        if (!owner.stalled()) {
            demandRead();
        }
    }

    @Override
    public synchronized void onWebSocketPing(ByteBuffer payload) {
        readDemanded = false;
        // Answered as Odoo does; listening for pings switches Jetty's own answer off.
        session.sendPong(payload, Callback.NOOP);
        rearm();
        if (!owner.stalled()) {
            demandRead();
        }
    }

    @Override
    public synchronized void onWebSocketClose(int code, String reason) {
        closed = true;
        cancelTick();
        owner.closed(this);
    }

    @Override
    public synchronized void onWebSocketError(Throwable cause) {
        LOG.debug("websocket ended: {}", cause.toString());
        closed = true;
        cancelTick();
        owner.closed(this);
    }

    /** {@code subscribe} replaces the channel set; a {@code last} beyond the newest id counts as 0. */
    private void subscribe(JsonNode data) {
        List<String> wanted = new ArrayList<>();
        data.path("channels").forEach(c -> wanted.add(c.asText()));
        channels = List.copyOf(wanted);
        long last = data.path("last").asLong(0);
        lastSent = last > owner.bus().lastId() ? 0 : last;
        dispatch();
    }

    /** Sends what is new on the channels, as Odoo's {@code _dispatch_bus_notifications} does after a NOTIFY. */
    synchronized void dispatch() {
        if (closed || session == null || channels.isEmpty() || owner.stalled()) {
            return;
        }
        if (!owner.sessions().exists(sessionId) || loggedInAtStart && !owner.sessions().loggedIn(sessionId)) {
            closeAndDrop(4001, "");
            return;
        }
        ArrayNode found = owner.bus().peek(channels, lastSent);
        if (found.isEmpty()) {
            return;
        }
        lastSent = found.get(found.size() - 1).get("id").asLong();
        String frame = JsonRpc.text(found);
        long delay = owner.frameDelayMillis();
        if (delay > 0) {
            owner.scheduler().schedule(() -> sendFrame(frame), delay, TimeUnit.MILLISECONDS);
        } else {
            sendFrame(frame);
        }
    }

    private synchronized void sendFrame(String frame) {
        if (closed) {
            return;
        }
        if (owner.dropsMidFrame()) {
            dropMidFrame(frame);
            return;
        }
        session.sendText(frame, Callback.NOOP);
        rearm();
    }

    /** Odoo's select() wake-up: keep-alive limit, unanswered ping, or a ping after the silence. */
    private synchronized void onIdle() {
        if (closed || owner.stalled()) {
            return;
        }
        if (System.nanoTime() - openedAt >= keepAliveNanos) {
            closeAndDrop(4002, "");
        } else if (awaitingPong) {
            LOG.debug("websocket: no pong, dropping the connection");
            drop();
        } else {
            awaitingPong = true;
            session.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
            rearm();
        }
    }

    /** Sends a close frame and closes TCP right after it, without waiting for the client's answer. */
    synchronized void closeAndDrop(int code, String reason) {
        if (closed) {
            return;
        }
        closed = true;
        cancelTick();
        session.close(code, reason, Callback.from(this::finishAndDrop, e -> drop()));
    }

    /**
     * Ends the output with FIN right after the close frame, as Odoo's drop does from the client's view, and drops
     * the connection a moment later. Dropped at once, a connection whose client frames (a subscribe sent on open)
     * are still unread is reset, and the reset discards the close frame the client has not read yet: the client
     * would see a broken connection or the close, by chance.
     */
    private synchronized void finishAndDrop() {
        try {
            endPoint.shutdownOutput();
        } catch (RuntimeException e) {
            LOG.debug("websocket: shutting the output failed: {}", e.toString());
        }
        owner.scheduler().schedule(this::drop, DROP_AFTER_CLOSE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops TCP without a close frame: the client sees an abnormal closure (1006). */
    synchronized void drop() {
        closed = true;
        cancelTick();
        if (session != null) {
            session.disconnect();
        }
        owner.closed(this);
    }

    /** Writes the frame's header and half its payload straight to the connection, then closes it. */
    private void dropMidFrame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 10);
        frame.put((byte) 0x81);
        if (payload.length < 126) {
            frame.put((byte) payload.length);
        } else if (payload.length < 65536) {
            frame.put((byte) 126).putShort((short) payload.length);
        } else {
            frame.put((byte) 127).putLong(payload.length);
        }
        frame.put(payload, 0, payload.length / 2).flip();
        closed = true;
        cancelTick();
        endPoint.write(org.eclipse.jetty.util.Callback.from(endPoint::close, e -> endPoint.close()), frame);
        owner.closed(this);
    }

    /** Called again when the stall is cleared: read on and send what came meanwhile. */
    synchronized void resume() {
        if (!closed && session != null) {
            rearm();
            demandRead();
            dispatch();
        }
    }

    /**
     * Asks Jetty for the next frame unless that is already asked: a second demand while one is pending throws
     * {@code ReadPendingException}, which on the scheduler's thread would end {@link #resume()} before it sends.
     */
    private void demandRead() {
        if (!readDemanded) {
            readDemanded = true;
            session.demand();
        }
    }

    private boolean overRateLimit() {
        long now = System.nanoTime();
        if (incoming.size() >= RATE_LIMIT_BURST && now - incoming.peekFirst() < RATE_LIMIT_WINDOW.toNanos()) {
            return true;
        }
        incoming.addLast(now);
        if (incoming.size() > RATE_LIMIT_BURST) {
            incoming.removeFirst();
        }
        return false;
    }

    private void rearm() {
        cancelTick();
        if (!closed) {
            long wait = (awaitingPong ? owner.pongWait() : owner.idle()).toNanos();
            tick = owner.scheduler().schedule(this::onIdle, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void cancelTick() {
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JsonRpc.MAPPER.readTree(text);
        } catch (IOException e) {
            return JsonRpc.NODES.objectNode();
        }
    }
}
