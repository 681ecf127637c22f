package till.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.odoo.InFlightCalls;
import till.odoo.JsonRpcClient;
import till.odoo.OdooException;
import till.worker.Pause;

/**
 * The websocket bus without a websocket, when something on the way strips the upgrade (protocol §9.7):
 * {@code POST /websocket/peek_notifications} with {@code {channels, last, is_first_poll}} answers at once with what is
 * newer than {@code last}, so it is polled on a timer, orange with the reason, and the upgrade is tried again now and
 * then. The first call of a session passes {@code is_first_poll: true}, which marks the session (later calls without
 * the mark are answered "Session expired"); after a new login the next call is a first one again. Calls run through
 * the transport's {@link InFlightCalls}, so closing the transport cancels them. Confined to the push connection's
 * worker.
 */
final class PeekFallback {

    private static final Logger LOG = LoggerFactory.getLogger(PeekFallback.class);

    private final WebsocketBus bus;
    private final WebsocketSettings settings;
    private final InFlightCalls inFlight;
    private final BusPosition position;
    private final Retries retries;
    private final PushEvents events;
    private final Clock clock;
    private boolean first = true;
    /** Since when the transport polls; null while it does not. */
    private Instant since;
    private int strippedStatus;

    PeekFallback(WebsocketBus bus, WebsocketSettings settings, InFlightCalls inFlight, BusPosition position,
                 Retries retries, PushEvents events, Clock clock) {
        this.bus = bus;
        this.settings = settings;
        this.inFlight = inFlight;
        this.position = position;
        this.retries = retries;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the transport polls and it is not yet time to try the upgrade again. */
    boolean polling() {
        return since != null && clock.instant().isBefore(since.plus(settings.upgradeRetry()));
    }

    /** The transport tries the websocket again; returns whether it was polling (no rotation then). */
    boolean leave() {
        boolean was = since != null;
        since = null;
        return was;
    }

    /** The upgrade was answered {@code status} instead of 101: poll if that works, else red with both reasons. */
    Pause start(int status) {
        strippedStatus = status;
        try {
            position.deliver(peek());
        } catch (OdooException e) {
            if (inFlight.cancelled()) {
                return Pause.NONE;
            }
            return retries.failed(WebsocketCauses.strippedWithoutFallback(status, cause(e).words()));
        }
        LOG.info("the websocket upgrade was answered HTTP {}: polling {} every {} s instead", status,
                WebsocketEndpoint.PEEK, settings.fallbackInterval().toSeconds());
        since = clock.instant();
        return polled();
    }

    /** A round while polling: one {@code peek_notifications}. */
    Pause round() {
        try {
            position.deliver(peek());
        } catch (OdooException e) {
            if (inFlight.cancelled()) {
                return Pause.NONE;
            }
            if (e.kind() == OdooException.Kind.SESSION_EXPIRED) {
                first = true;
                return retries.renew(WebsocketCauses.sessionRenewed());
            }
            return retries.failed(cause(e));
        }
        return polled();
    }

    /** The session changed (a new login): the next poll marks it again. */
    void sessionRenewed() {
        first = true;
    }

    private Pause polled() {
        retries.answered();
        position.reached();
        events.silent(WebsocketCauses.polling(strippedStatus, settings.fallbackInterval(), settings.upgradeRetry()));
        return Pause.idle(settings.fallbackInterval());
    }

    private List<BusMessage> peek() throws OdooException {
        ObjectNode params = JsonRpcClient.MAPPER.createObjectNode();
        bus.endpoint().channels().forEach(params.putArray("channels")::add);
        params.put("last", position.last());
        params.put("is_first_poll", first);
        JsonNode result = inFlight.await(bus.polling().start(WebsocketEndpoint.PEEK, params, settings.callTimeout()));
        first = false;
        return BusItems.parse(result);
    }

    private BusCause cause(OdooException e) {
        return BusFailures.of(e, WebsocketEndpoint.PEEK, bus.endpoint().pushServer());
    }
}
