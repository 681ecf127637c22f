package till.bench;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import till.push.OkHttpWebsocketDialer;
import till.push.SessionCookie;
import till.push.WebsocketSettings;

/**
 * The push benchmark's baselines, measured in the same run on the same libraries as the push channel but with no Odoo
 * behind them: a bare HTTP exchange on loopback (long polling's baseline) and a text frame echoed on a loopback
 * websocket (the websocket's), both served by Jetty as the demo server is (its connector sets TCP_NODELAY) and both
 * driven by OkHttp. Runs on the calling thread.
 */
final class LoopbackBaselines {

    private static final int WARM_UP = 20;

    private LoopbackBaselines() {
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

    /** {@code samples} bare HTTP round trips (tiny body, keep-alive), in nanoseconds. */
    static long[] httpRoundTrips(int samples) throws Exception {
        Server server = server(new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.write(true, ByteBuffer.wrap("[]".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        OkHttpClient client = new OkHttpClient();
        String url = "http://127.0.0.1:" + port(server) + "/";
        long[] nanos = new long[samples];
        try {
            for (int i = -WARM_UP; i < samples; i++) {
                long start = System.nanoTime();
                try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
                    response.body().bytes();
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
            server.stop();
        }
        return nanos;
    }

    /** {@code samples} round trips of a bus-sized text frame through a loopback echo, in nanoseconds. */
    static long[] websocketEchoes(int samples) throws Exception {
        Server server = new Server(pool());
        server.addConnector(connector(server));
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> container.addMapping("/echo",
                (request, response, callback) -> new Echo())));
        server.start();
        BlockingQueue<Long> echoes = new ArrayBlockingQueue<>(4);
        // The push channel's own dialer: the same client settings (no deflate), the same socket path.
        WebSocket socket = new OkHttpWebsocketDialer(WebsocketSettings.defaults(), SessionCookie.none()).open(
                new Request.Builder().url("http://127.0.0.1:" + port(server) + "/echo").build(),
                new WebSocketListener() {
                    @Override
                    public void onMessage(WebSocket webSocket, String text) {
                        echoes.add(System.nanoTime());
                    }
                }, SocketFactory.getDefault());
        long[] nanos = new long[samples];
        try {
            for (int i = -WARM_UP; i < samples; i++) {
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

    private static Server server(Handler handler) throws Exception {
        Server server = new Server(pool());
        server.addConnector(connector(server));
        server.setHandler(handler);
        server.start();
        return server;
    }

    private static QueuedThreadPool pool() {
        QueuedThreadPool pool = new QueuedThreadPool(16, 2);
        pool.setDaemon(true);
        return pool;
    }

    private static ServerConnector connector(Server server) {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        return connector;
    }

    private static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }
}
