package till.push;

import javax.net.SocketFactory;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Opens the websocket of a {@link WebsocketTransport}: OkHttp's own client in production
 * ({@link OkHttpWebsocketDialer}); tests wrap it to cut sockets at chosen moments. {@link #open} returns at once, the
 * upgrade runs on OkHttp's threads. Implementations are thread-safe.
 */
@FunctionalInterface
public interface WebsocketDialer {

    /**
     * Starts the upgrade of {@code request}; every event of the socket goes to {@code listener}.
     *
     * @param sockets the socket factory the connection must be made with (it caps what a message may read)
     */
    WebSocket open(Request request, WebSocketListener listener, SocketFactory sockets);
}
