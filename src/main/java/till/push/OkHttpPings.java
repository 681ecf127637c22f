package till.push;

import java.util.OptionalInt;
import okhttp3.WebSocket;
import okhttp3.internal.ws.RealWebSocket;

/**
 * How many of Till's websocket pings went out and how many pongs came back. OkHttp's listener has no pong callback;
 * its socket class keeps both counts ({@code RealWebSocket.sentPingCount()}, {@code receivedPongCount()}, public
 * methods OkHttp's own tests read). This is the one place Till touches that class (decision 0083): if an OkHttp
 * upgrade drops them, this fails to compile instead of the icon lying. Stateless.
 */
public final class OkHttpPings {

    private OkHttpPings() {
    }

    /** Pings sent on {@code socket}, or empty when it is not OkHttp's own. */
    public static OptionalInt sent(WebSocket socket) {
        return socket instanceof RealWebSocket real ? OptionalInt.of(real.sentPingCount()) : OptionalInt.empty();
    }

    /** Pongs received on {@code socket}, or empty when it is not OkHttp's own. */
    public static OptionalInt answered(WebSocket socket) {
        return socket instanceof RealWebSocket real ? OptionalInt.of(real.receivedPongCount()) : OptionalInt.empty();
    }
}
