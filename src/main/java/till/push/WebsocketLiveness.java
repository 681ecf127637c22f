package till.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.WebSocket;
import till.worker.Scheduler;

/**
 * Whether an open websocket still answers: Till's pings (OkHttp's {@code pingInterval}) must be answered, or a frame
 * must come, within the window; otherwise the icon turns orange until an answer comes. OkHttp's listener has no pong
 * callback, so a timer compares OkHttp's own counters of the socket ({@link OkHttpPings}, decision 0083). A ping still unanswered at the next one makes OkHttp fail the socket:
 * that is red, from the transport. Checks run on the scheduler's thread, every half window. Thread-safe.
 */
final class WebsocketLiveness {

    private final PushEvents events;
    private final WebsocketSettings settings;
    private final Clock clock;
    private final Scheduler timers;
    // Guarded by this.
    private WebSocket socket;
    private Scheduler.Task timer;
    private int awaitedPongs;
    private Instant unansweredSince;
    private boolean frameSinceCheck;
    private boolean silent;

    /** @param timers runs the checks; a check that throws goes to the transport's {@code unexpected} */
    WebsocketLiveness(PushEvents events, WebsocketSettings settings, Clock clock, Scheduler timers) {
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.timers = timers;
    }

    /** The socket is open and subscribed: start watching its answers. */
    synchronized void opened(WebSocket opened) {
        stop();
        socket = opened;
        silent = false;
        unansweredSince = null;
        schedule();
    }

    /** A frame came: the server answers. */
    synchronized void frame() {
        frameSinceCheck = true;
        unansweredSince = null;
        if (silent) {
            silent = false;
            events.alive(WebsocketCauses.answeredAgain());
        }
    }

    /** The socket ended: no more checks, no more events. */
    synchronized void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        socket = null;
    }

    private synchronized void check() {
        if (socket == null) {
            return;
        }
        // Another implementation (a test's) has no counters: then frames and the socket's survival are the answers.
        int pings = OkHttpPings.sent(socket).orElse(0);
        int pongs = OkHttpPings.answered(socket).orElse(0);
        Instant now = clock.instant();
        if (pongs >= pings || frameSinceCheck || pongs >= awaitedPongs && unansweredSince != null) {
            answered(pings, pongs, now);
        } else if (unansweredSince == null) {
            // A ping is out: from now on its answer is awaited.
            unansweredSince = now;
            awaitedPongs = pings;
        } else if (!silent && Duration.between(unansweredSince, now).compareTo(settings.answerWindow()) >= 0) {
            silent = true;
            events.silent(WebsocketCauses.silent(settings.answerWindow()));
        }
        frameSinceCheck = false;
        schedule();
    }

    private void answered(int pings, int pongs, Instant now) {
        // Newer pings than the answered one may be out already: they are awaited from now.
        unansweredSince = pongs < pings ? now : null;
        awaitedPongs = pings;
        if (silent) {
            silent = false;
            events.alive(WebsocketCauses.answeredAgain());
        }
    }

    private void schedule() {
        timer = timers.schedule(settings.answerWindow().dividedBy(2), this::check);
    }
}
