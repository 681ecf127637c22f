package till.push;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.odoo.OdooException;
import till.worker.Pause;

/**
 * How a websocket transport waits before its next round: the link's back-off after a failure, a fixed pause where
 * the server asked for one, none after a click during the round; and the new login after the session ended, once per
 * answer (a second end right after a login is a failure, and the back-off comes first: no tight loop, no giving up for
 * good). Confined to the push connection's worker.
 */
final class Retries {

    private static final Logger LOG = LoggerFactory.getLogger(Retries.class);

    private final BusClock time;
    private final SessionRenewal renewal;
    private final PushEvents events;
    private final BooleanSupplier clicked;
    /** A login already happened since the server last answered. */
    private boolean renewedSinceAnswer;

    /** @param clicked whether the cashier clicked during the round (then no wait) */
    Retries(BusClock time, SessionRenewal renewal, PushEvents events, BooleanSupplier clicked) {
        this.time = time;
        this.renewal = renewal;
        this.events = events;
        this.clicked = clicked;
    }

    /** The server answered (a frame, a poll): the next end of the session may log in again; the back-off resets. */
    void answered() {
        renewedSinceAnswer = false;
        time.backoff().reset();
    }

    /** A socket opened: the back-off resets (a failure after it starts from the base again). */
    void opened() {
        time.backoff().reset();
    }

    /** Red with {@code cause}, then the back-off. */
    Pause failed(BusCause cause) {
        events.lost(cause);
        return later();
    }

    /** The back-off after a failure already shown. */
    Pause later() {
        renewedSinceAnswer = false;
        return after(time.backoff().next());
    }

    /**
     * Rotating with {@code cause}, then connect again after a short wait: the back-off, which an open socket reset to
     * its first step (0.25-0.5 s), so that a server closing every new socket at once is not hammered.
     */
    Pause soon(BusCause cause) {
        events.connecting(cause);
        return after(time.backoff().next());
    }

    /** A fixed wait the server asked for (or a long one where a retry would loop). */
    Pause after(Duration wait) {
        return clicked.getAsBoolean() ? Pause.NONE : Pause.backOff(wait);
    }

    /**
     * The session ended: log in again and come back at once (rotating with {@code renewed}), or red when that
     * failed or already happened since the server last answered.
     *
     * @return none after a login, else the back-off
     */
    Pause renew(BusCause renewed) {
        if (renewedSinceAnswer) {
            return failed(WebsocketCauses.sessionEndedAgain());
        }
        renewedSinceAnswer = true;
        try {
            renewal.renew();
        } catch (OdooException e) {
            LOG.warn("the Odoo session ended and logging in again failed: {}", e.getMessage());
            events.lost(SessionRenewal.failed(e));
            return later();
        }
        LOG.info("the Odoo session ended; logged in again, reconnecting");
        events.connecting(renewed);
        return Pause.NONE;
    }
}
