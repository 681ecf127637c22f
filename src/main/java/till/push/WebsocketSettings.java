package till.push;

import java.time.Duration;

/**
 * How the websocket bus runs: Till's pings and the window their answer must come in, the upgrade's deadline, the
 * polling fallback, the pauses some close codes ask for, and the cap on a message. Immutable.
 *
 * @param pingInterval     Till's own websocket pings (OkHttp's {@code pingInterval}): a ping every this long keeps
 *                         the socket from idling into the server's ping (45 s, 19: 40 s) and proxies' read timeouts;
 *                         OkHttp closes the socket when a ping is still unanswered at the next one
 * @param answerWindow     orange when a ping stayed unanswered this long (and no frame came); at most half the
 *                         ping interval, so orange shows before OkHttp gives the socket up (red)
 * @param upgradeTimeout   connecting and the answer to the upgrade must come within this
 * @param fallbackInterval how often {@code /websocket/peek_notifications} is polled when the upgrade is stripped
 * @param upgradeRetry     while polling, the upgrade is tried again after this long (the proxy may have been fixed)
 * @param laterPause       close 4003 (19): how long to stay away before reconnecting
 * @param frameCap         the largest message Till reads, in bytes; a larger one closes the socket with a cause
 * @param callTimeout      timeout of a {@code peek_notifications} call
 * @param reloadGap        after a gap without a working channel longer than this, notifications may be lost: reload
 */
public record WebsocketSettings(Duration pingInterval, Duration answerWindow, Duration upgradeTimeout,
                                Duration fallbackInterval, Duration upgradeRetry, Duration laterPause, long frameCap,
                                Duration callTimeout, Duration reloadGap) {

    /** Odoo's own limit is 1 MiB for what it reads; its notifications are far smaller. */
    public static final long DEFAULT_FRAME_CAP = 8L * 1024 * 1024;

    public WebsocketSettings {
        if (answerWindow.multipliedBy(2).compareTo(pingInterval) > 0) {
            throw new IllegalArgumentException("the answer window must be at most half the ping interval");
        }
        if (frameCap < 1024) {
            throw new IllegalArgumentException("a frame cap under 1 KiB would refuse ordinary notifications");
        }
    }

    public static WebsocketSettings defaults() {
        return new WebsocketSettings(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(30), DEFAULT_FRAME_CAP,
                Duration.ofSeconds(15), Duration.ofSeconds(100));
    }

    public WebsocketSettings withPings(Duration interval, Duration window) {
        return new WebsocketSettings(interval, window, upgradeTimeout, fallbackInterval, upgradeRetry, laterPause,
                frameCap, callTimeout, reloadGap);
    }

    public WebsocketSettings withUpgradeTimeout(Duration timeout) {
        return new WebsocketSettings(pingInterval, answerWindow, timeout, fallbackInterval, upgradeRetry, laterPause,
                frameCap, callTimeout, reloadGap);
    }

    public WebsocketSettings withFallback(Duration interval, Duration retry) {
        return new WebsocketSettings(pingInterval, answerWindow, upgradeTimeout, interval, retry, laterPause,
                frameCap, callTimeout, reloadGap);
    }

    public WebsocketSettings withLaterPause(Duration pause) {
        return new WebsocketSettings(pingInterval, answerWindow, upgradeTimeout, fallbackInterval, upgradeRetry, pause,
                frameCap, callTimeout, reloadGap);
    }

    public WebsocketSettings withFrameCap(long bytes) {
        return new WebsocketSettings(pingInterval, answerWindow, upgradeTimeout, fallbackInterval, upgradeRetry,
                laterPause, bytes, callTimeout, reloadGap);
    }
}
