package till.push;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.odoo.InFlightCalls;
import till.odoo.OdooException;

/**
 * {@code pos_longpolling}'s PING (protocol §8.2, §8.4): {@code /pos_longpolling/update} while a poll is held, whose
 * answer starts the pong timer. A 404 means the module is absent after all: from then on a completed poll is the
 * proof of life. "Session expired" logs in again and PINGs once more. Runs on the scheduler's thread, never on the
 * worker's (the poll it should wake holds that one). Thread-safe.
 */
final class Ping implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Ping.class);

    private final BusCalls calls;
    private final BusSettings settings;
    private final Liveness liveness;
    private final SessionRenewal renewal;
    private final InFlightCalls inFlight;
    private final Runnable moduleAbsent;

    /** @param moduleAbsent called after a 404: the poll goes on without PING/PONG (the transport peeks) */
    Ping(BusCalls calls, BusSettings settings, Liveness liveness, SessionRenewal renewal, InFlightCalls inFlight,
         Runnable moduleAbsent) {
        this.calls = calls;
        this.settings = settings;
        this.liveness = liveness;
        this.renewal = renewal;
        this.inFlight = inFlight;
        this.moduleAbsent = moduleAbsent;
    }

    @Override
    public void run() {
        if (inFlight.cancelled() || !liveness.pingPong()) {
            return;
        }
        liveness.pingSent();
        try {
            send();
        } catch (OdooException e) {
            if (inFlight.cancelled()) {
                return;
            }
            if (BusFailures.odooHasNoRoute(e)) {
                LOG.info("the server has no pos_longpolling (PING answered 404): a completed poll is the proof"
                        + " of life");
                liveness.pingUnsupported();
                moduleAbsent.run();
                return;
            }
            if (e.kind() == OdooException.Kind.SESSION_EXPIRED) {
                afterRenewal();
                return;
            }
            liveness.pingFailed(BusFailures.of(e, BusCalls.PING, calls.server()));
        }
    }

    /** The PING was answered "Session expired": log in again and PING once more, or say why that failed. */
    private void afterRenewal() {
        try {
            renewal.renew();
        } catch (OdooException failed) {
            liveness.pingFailed(SessionRenewal.failed(failed));
            return;
        }
        try {
            send();
        } catch (OdooException e) {
            liveness.pingFailed(BusFailures.of(e, BusCalls.PING, calls.server()));
        }
    }

    private void send() throws OdooException {
        inFlight.await(calls.startPing(settings.database(), settings.configId(), settings.callTimeout()));
        liveness.pingAnswered();
    }
}
