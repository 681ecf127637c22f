package till.push;

import java.time.Duration;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.WebSocket;
import till.push.WebsocketEndings.Ending;

/**
 * One websocket opened as the transport opens it (the same dialer, headers and failure words), pinged once and
 * closed: what {@code till doctor} checks on a 16+ server. Blocks up to its deadline; confined to the calling thread.
 */
public final class WebsocketProbe {

    /** Till's probe pings at once rather than every 20 s. */
    private static final Duration PROBE_PINGS = Duration.ofMillis(200);

    /**
     * What the probe found. Immutable.
     *
     * @param status   the HTTP status the upgrade was answered with (101 when it succeeded, 0 when none came)
     * @param upgraded how long the upgrade took, when it succeeded
     * @param pong     how long after the upgrade the first pong came, when one came
     * @param failure  why the socket could not be opened or pinged, in the words of the longpolling icon
     * @param stripped whether the answer means something on the way strips the Upgrade and Connection headers
     */
    public record Result(int status, Optional<Duration> upgraded, Optional<Duration> pong,
                         Optional<BusCause> failure, boolean stripped) {

        public boolean ok() {
            return failure.isEmpty();
        }
    }

    private WebsocketProbe() {
    }

    /** Opens {@code endpoint}'s websocket and waits at most {@code deadline} for the upgrade and a pong. */
    public static Result run(WebsocketEndpoint endpoint, SessionCookie cookie, Duration deadline)
            throws InterruptedException {
        WebsocketSettings settings = WebsocketSettings.defaults().withPings(PROBE_PINGS, PROBE_PINGS.dividedBy(2))
                .withUpgradeTimeout(deadline);
        SocketFeed feed = new SocketFeed(new FrameCap(settings.frameCap()));
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        Request request = new Request.Builder().url(endpoint.url()).header("Origin", endpoint.origin()).build();
        WebSocket socket = new OkHttpWebsocketDialer(settings, cookie).open(request, feed, feed.cap());
        try {
            Duration upgraded = null;
            while (System.nanoTime() < end) {
                SocketFeed.Event event = feed.poll(Duration.ofMillis(10));
                if (event == null && upgraded != null && OkHttpPings.answered(socket).orElse(0) > 0) {
                    return new Result(101, Optional.of(upgraded), Optional.of(since(start).minus(upgraded)),
                            Optional.empty(), false);
                }
                if (event == null) {
                    continue;
                }
                switch (event.kind()) {
                    case OPENED -> upgraded = since(start);
                    case CLOSING -> {
                        return failed(WebsocketEndings.closed(event.code(), event.text(), endpoint, settings), 101,
                                upgraded);
                    }
                    case FAILED -> {
                        return failed(WebsocketEndings.failed(event.failure(), event.code(), upgraded != null,
                                endpoint, settings), upgraded != null ? 101 : event.code(), upgraded);
                    }
                    default -> {
                        // A text frame or a wake: the pong is what is awaited.
                    }
                }
            }
            return new Result(upgraded != null ? 101 : 0, Optional.ofNullable(upgraded), Optional.empty(),
                    Optional.of(upgraded != null ? WebsocketCauses.silent(deadline) : timedOut(endpoint, deadline)),
                    false);
        } finally {
            socket.cancel();
        }
    }

    private static Result failed(Ending ending, int status, Duration upgraded) {
        boolean stripped = ending.next() == WebsocketEndings.Next.TRY_POLLING;
        BusCause cause = stripped ? WebsocketCauses.stripped(ending.status()) : ending.cause();
        return new Result(status, Optional.ofNullable(upgraded), Optional.empty(), Optional.of(cause), stripped);
    }

    private static BusCause timedOut(WebsocketEndpoint endpoint, Duration deadline) {
        return new BusCause(BusCause.Kind.TIMEOUT, "The server did not answer the websocket upgrade on "
                + endpoint.pushServer() + WebsocketEndpoint.ROUTE + " within " + WebsocketCauses.span(deadline) + ".",
                "A proxy may hold the upgrade, or /websocket reaches a worker that never answers it: route it to"
                + " Odoo's gevent port (" + WebsocketCauses.NGINX + ").").withFigure(WebsocketCauses.span(deadline));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
