package till.demoserver;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /websocket}: not served yet. Thread-safe. */
final class WebsocketRoute {

    boolean serves(String path) {
        return false;
    }

    boolean handle(Request request, Response response, Callback callback, String cookie) {
        return false;
    }
}
