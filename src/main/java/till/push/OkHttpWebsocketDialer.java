package till.push;

import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The production {@link WebsocketDialer}: OkHttp's WebSocket client with Till's pings ({@code pingInterval}: OkHttp
 * fails the socket when a ping is still unanswered at the next one), the upgrade's deadline, the session cookie, and
 * without permessage-deflate (Odoo never negotiates it; without it {@link FrameCap} counts the messages' own bytes).
 * Thread-safe.
 */
public final class OkHttpWebsocketDialer implements WebsocketDialer {

    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    private final OkHttpClient client;

    public OkHttpWebsocketDialer(WebsocketSettings settings, SessionCookie cookie) {
        this.client = new OkHttpClient.Builder()
                .pingInterval(settings.pingInterval())
                // Only the upgrade reads with this deadline: OkHttp lifts it once the socket is open.
                .connectTimeout(settings.upgradeTimeout())
                .readTimeout(settings.upgradeTimeout())
                .writeTimeout(settings.upgradeTimeout())
                .addInterceptor(chain -> {
                    // OkHttp adds the deflate offer itself, before the application's interceptors see the request.
                    Request.Builder request = chain.request().newBuilder().removeHeader(EXTENSIONS);
                    cookie.value().ifPresent(id -> request.header("Cookie", "session_id=" + id));
                    return chain.proceed(request.build());
                })
                .build();
    }

    @Override
    public WebSocket open(Request request, WebSocketListener listener, SocketFactory sockets) {
        return client.newBuilder().socketFactory(sockets).build().newWebSocket(request, listener);
    }
}
