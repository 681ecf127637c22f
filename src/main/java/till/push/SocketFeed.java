package till.push;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * One websocket's callbacks (OkHttp's reader thread) as a queue of events that the push connection's worker takes in
 * order: notifications are handled, {@code last} is moved and the cursor saved on that one thread, as with long
 * polling, and a close or failure always comes after the frames that preceded it. Thread-safe.
 */
final class SocketFeed extends WebSocketListener {

    /** What happened on the socket. */
    enum Kind { OPENED, TEXT, CLOSING, FAILED, WAKE }

    /**
     * One event. Immutable.
     *
     * @param text        a text frame; for a close, its reason
     * @param code        a close's code, or the HTTP status of a refused upgrade (0 when none came)
     * @param failure     what failed, for {@link Kind#FAILED}
     * @param contentType the refused upgrade's content type, or empty
     * @param body        the start of the refused upgrade's body (at most {@link #BODY_PEEK} bytes), or empty
     */
    record Event(Kind kind, String text, int code, Throwable failure, String contentType, String body) {

        static Event of(Kind kind) {
            return new Event(kind, "", 0, null, "", "");
        }
    }

    /** Enough of an error page to name the headers a 400 misses. */
    static final long BODY_PEEK = 2048;

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final FrameCap cap;

    SocketFeed(FrameCap cap) {
        this.cap = cap;
    }

    /** The socket factory the websocket must be opened with, so that its messages are capped. */
    FrameCap cap() {
        return cap;
    }

    /** The next event, waiting as long as it takes; {@link #wake} ends the wait. */
    Event take() throws InterruptedException {
        return events.take();
    }

    /** The next event within {@code wait}, or null. */
    Event poll(Duration wait) throws InterruptedException {
        return events.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Lets the taker look at its flags now (a click, a close). */
    void wake() {
        events.add(Event.of(Kind.WAKE));
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        cap.messageRead();
        events.add(Event.of(Kind.OPENED));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        cap.messageRead();
        events.add(new Event(Kind.TEXT, text, 0, null, "", ""));
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        cap.messageRead();
        events.add(new Event(Kind.FAILED, "", 0, new IOException("the server sent a binary websocket message"), "",
                ""));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        // Answer the close; Odoo drops TCP right after its own close anyway (v18 Surprise 12).
        webSocket.close(1000, null);
        events.add(new Event(Kind.CLOSING, reason == null ? "" : reason, code, null, "", ""));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        if (response == null) {
            events.add(new Event(Kind.FAILED, "", 0, t, "", ""));
            return;
        }
        String body;
        try {
            body = response.peekBody(BODY_PEEK).string();
        } catch (IOException | IllegalStateException e) {
            body = "";
        }
        events.add(new Event(Kind.FAILED, "", response.code(), t, response.header("Content-Type", ""), body));
    }
}
