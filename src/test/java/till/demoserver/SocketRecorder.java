package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.internal.ws.RealWebSocket;

/**
 * OkHttp's real websocket client on a loopback socket, recording every event in arrival order for the tests to
 * take one by one with a bounded wait. Thread-safe: OkHttp's reader thread records, the test thread takes.
 */
final class SocketRecorder extends WebSocketListener {

    /** One thing that happened: a text frame, the server's close (code, reason), a failure, the handshake. */
    record Event(String kind, String text, int code, Response response) {

        JsonNode json() {
            try {
                return RecordingClient.JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    private static final OkHttpClient CLIENT = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private WebSocket socket;

    /** Opens {@code /websocket?version=...} with an Origin and, when not null, the session cookie. */
    static SocketRecorder open(URI server, String version, String sessionId) {
        Request.Builder request = new Request.Builder().url(server.resolve("/websocket?version=" + version)
                .toString()).header("Origin", server.toString());
        if (sessionId != null) {
            request.header("Cookie", "session_id=" + sessionId);
        }
        return open(request.build());
    }

    static SocketRecorder open(Request request) {
        SocketRecorder recorder = new SocketRecorder();
        recorder.socket = CLIENT.newWebSocket(request, recorder);
        return recorder;
    }

    WebSocket socket() {
        return socket;
    }

    void subscribe(String channel, long last) {
        socket.send("{\"event_name\":\"subscribe\",\"data\":{\"channels\":[\"" + channel + "\"],\"last\":" + last
                + "}}");
    }

    /** The next event, waiting at most 10 s. */
    Event next() throws InterruptedException {
        return next(Duration.ofSeconds(10));
    }

    Event next(Duration wait) throws InterruptedException {
        Event event = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no websocket event within " + wait);
        }
        return event;
    }

    /** Whether nothing happens within {@code wait}. */
    boolean quietFor(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    int receivedPings() {
        return ((RealWebSocket) socket).receivedPingCount();
    }

    void close() {
        socket.close(1000, null);
        socket.cancel();
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        events.add(new Event("open", null, response.code(), response));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        events.add(new Event("text", text, 0, null));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        events.add(new Event("close", reason, code, null));
        webSocket.close(code, null);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        events.add(new Event("failure", String.valueOf(t), response == null ? 0 : response.code(), response));
    }
}
