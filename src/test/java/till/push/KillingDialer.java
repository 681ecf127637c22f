package till.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import javax.net.SocketFactory;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import till.odoo.JsonRpcClient;

/**
 * OkHttp's dialer with client-side kills at moments a seeded random picks: right after the upgrade starts (during
 * it), right after the subscribe went out, and whenever the test asks. It records each subscribe's {@code last} next
 * to the last id the till had handled when it was sent. Thread-safe.
 */
final class KillingDialer implements WebsocketDialer {

    /** One subscribe: the {@code last} it asked from and the last id handled at that moment. */
    record Subscribe(long last, long handled) {
    }

    private final WebsocketDialer real;
    private final Random random;
    private final double killRate;
    private final LongSupplier lastHandled;
    private final List<Subscribe> subscribes = new ArrayList<>();
    private WebSocket current;
    private int opened;
    private int kills;

    /** @param lastHandled the last id the till's handler got (0 when none), read on the worker's thread */
    KillingDialer(WebsocketDialer real, long seed, double killRate, LongSupplier lastHandled) {
        this.real = real;
        this.random = new Random(seed);
        this.killRate = killRate;
        this.lastHandled = lastHandled;
    }

    @Override
    public WebSocket open(Request request, WebSocketListener listener, SocketFactory sockets) {
        WebSocket socket = real.open(request, listener, sockets);
        synchronized (this) {
            current = socket;
            opened++;
        }
        if (roll()) {
            kill(socket);
        }
        return new Killable(socket);
    }

    /** Cancels the socket open now, if any. */
    void killCurrent() {
        WebSocket socket;
        synchronized (this) {
            socket = current;
        }
        if (socket != null) {
            kill(socket);
        }
    }

    synchronized List<Subscribe> subscribes() {
        return List.copyOf(subscribes);
    }

    synchronized int opened() {
        return opened;
    }

    synchronized int kills() {
        return kills;
    }

    private synchronized boolean roll() {
        return random.nextDouble() < killRate;
    }

    private void kill(WebSocket socket) {
        synchronized (this) {
            kills++;
        }
        socket.cancel();
    }

    /** The real socket, with a kill that may follow the subscribe. */
    private final class Killable implements WebSocket {

        private final WebSocket socket;

        Killable(WebSocket socket) {
            this.socket = socket;
        }

        @Override
        public boolean send(String text) {
            boolean queued = socket.send(text);
            try {
                JsonNode sent = JsonRpcClient.MAPPER.readTree(text);
                if ("subscribe".equals(sent.path("event_name").asText())) {
                    synchronized (KillingDialer.this) {
                        subscribes.add(new Subscribe(sent.path("data").path("last").asLong(),
                                lastHandled.getAsLong()));
                    }
                    if (roll()) {
                        kill(socket);
                    }
                }
            } catch (IOException e) {
                throw new AssertionError("the till sent something that is not JSON: " + text, e);
            }
            return queued;
        }

        @Override
        public boolean send(ByteString bytes) {
            return socket.send(bytes);
        }

        @Override
        public boolean close(int code, String reason) {
            return socket.close(code, reason);
        }

        @Override
        public void cancel() {
            socket.cancel();
        }

        @Override
        public Request request() {
            return socket.request();
        }

        @Override
        public long queueSize() {
            return socket.queueSize();
        }
    }
}
