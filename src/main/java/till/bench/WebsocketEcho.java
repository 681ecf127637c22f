package till.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import till.push.OkHttpWebsocketDialer;
import till.push.SessionCookie;
import till.push.WebsocketSettings;

/**
 * The websocket benchmark's baseline: a text frame sent to a bare echo on loopback (the demo server's Jetty, no Odoo
 * behind it) and back through OkHttp's client, the same two libraries the push channel's frames go through. Runs on
 * the calling thread.
 */
final class WebsocketEcho {

    private WebsocketEcho() {
    }

    /** Echoes every text frame straight back. Jetty's threads only. */
    public static final class Echo implements Session.Listener.AutoDemanding {

        private Session session;

        @Override
        public void onWebSocketOpen(Session opened) {
            this.session = opened;
        }

        @Override
        public void onWebSocketText(String text) {
            session.sendText(text, Callback.NOOP);
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            // The bench cancels its socket when it is done: that is how every echo ends.
        }
    }

    /** {@code samples} round trips (after 20 left out to warm up), in nanoseconds. */
    static long[] roundTrips(int samples) throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool(16, 2);
        pool.setDaemon(true);
        Server server = new Server(pool);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> container.addMapping("/echo",
                (request, response, callback) -> new Echo())));
        server.start();
        BlockingQueue<Long> echoes = new ArrayBlockingQueue<>(4);
        // The push channel's own dialer: the same client settings (no deflate), the same socket path.
        WebSocket socket = new OkHttpWebsocketDialer(WebsocketSettings.defaults(), SessionCookie.none()).open(
                new Request.Builder().url("http://127.0.0.1:" + connector.getLocalPort() + "/echo").build(),
                new WebSocketListener() {
                    @Override
                    public void onMessage(WebSocket webSocket, String text) {
                        echoes.add(System.nanoTime());
                    }
                }, SocketFactory.getDefault());
        long[] nanos = new long[samples];
        try {
            for (int i = -20; i < samples; i++) {
                long start = System.nanoTime();
                socket.send("[{\"id\": " + i + ", \"message\": {\"type\": \"bench\", \"payload\": {\"n\": " + i
                        + "}}}]");
                Long back = echoes.poll(10, TimeUnit.SECONDS);
                if (back == null) {
                    throw new IllegalStateException("echo " + i + " never came back");
                }
                if (i >= 0) {
                    nanos[i] = back - start;
                }
            }
        } finally {
            socket.cancel();
            server.stop();
        }
        return nanos;
    }
}
