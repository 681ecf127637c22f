package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.outbox.FailureKind;
import till.outbox.OrderTransport;
import till.order.PaidOrder;
import till.outbox.SendFailure;
import till.outbox.SendResult;
import till.outbox.SenderOptions;

/**
 * The order sender's transport to a real Odoo: checks that the orders' POS sessions are still open (Odoo would file
 * orders of a closed session silently into a rescue session), then {@code create_from_ui} with the payload
 * {@link OrderPayloads} builds from the stored order, so every resend is identical, and never twice by itself. A
 * failure after the request went out is of unknown outcome, and {@link #lookUp} asks the server which orders it holds
 * ({@link OrderLookup}; docs/decisions/0160). {@link #cancel()} cuts the call in flight short through OkHttp, so that
 * the sender stops at once. Thread-safe.
 */
public final class OdooOrderTransport implements OrderTransport {

    /** Where the POS facts the payload needs come from; may call the server, and is asked before every send. */
    @FunctionalInterface
    public interface PosContextSource {
        PosContext get() throws OdooException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(OdooOrderTransport.class);

    private final OdooClient client;
    private final PosContextSource pos;
    private final LongPredicate rescueApproved;
    private final InFlightCalls calls;
    private volatile CreateDeadline pace;

    public OdooOrderTransport(OdooClient client, PosContextSource pos) {
        this(client, pos, session -> false);
    }

    /** @param rescueApproved the closed sessions whose orders the admin decided to send anyway */
    public OdooOrderTransport(OdooClient client, PosContextSource pos, LongPredicate rescueApproved) {
        this(client, pos, rescueApproved, new InFlightCalls());
    }

    /**
     * @param calls the in-flight calls of {@code client} (and of {@code pos}, when it calls the server) that
     *              {@link #cancel()} cuts short: the ones that {@code client} was made with
     */
    public OdooOrderTransport(OdooClient client, PosContextSource pos, LongPredicate rescueApproved,
                              InFlightCalls calls) {
        this.client = client;
        this.pos = pos;
        this.rescueApproved = rescueApproved;
        this.calls = calls;
    }

    /**
     * A transport that logs in on its first send (and again after a failed first try), so a till that starts while
     * the server is down still queues and sends later.
     */
    public static OdooOrderTransport connecting(URI server, Credentials credentials, long posConfigId) {
        return connecting(server, credentials, posConfigId, session -> false);
    }

    /** Like {@link #connecting(URI, Credentials, long)}, sending orders of the approved closed sessions anyway. */
    public static OdooOrderTransport connecting(URI server, Credentials credentials, long posConfigId,
                                                LongPredicate rescueApproved) {
        return connecting(server, credentials, posConfigId, rescueApproved, SenderOptions.DEFAULT_SETTLE);
    }

    /**
     * Like {@link #connecting(URI, Credentials, long, LongPredicate)}, with {@code create_from_ui} deadlines sized
     * from the server's measured pace and capped just over its request time limit ({@link CreateDeadline}).
     *
     * @param serverLimit the server's request time limit (Odoo's {@code limit_time_real}: the sender's settle time)
     */
    public static OdooOrderTransport connecting(URI server, Credentials credentials, long posConfigId,
                                                LongPredicate rescueApproved, Duration serverLimit) {
        InFlightCalls calls = new InFlightCalls();
        CreateDeadline deadline = new CreateDeadline(serverLimit);
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server), deadline, calls);
        OdooOrderTransport transport = new OdooOrderTransport(client, new CachedLogin(client, credentials,
                posConfigId), rescueApproved, calls);
        transport.pace = deadline;
        return transport;
    }

    @Override
    public SendResult send(List<PaidOrder> batch) throws SendFailure {
        List<ObjectNode> payloads;
        try {
            PosContext context = pos.get();
            refuseClosedSessions(batch);
            payloads = batch.stream().map(o -> OrderPayloads.build(o, context)).toList();
        } catch (OdooException e) {
            throw new SendFailure(kind(e.kind()), e.getMessage(), e);
        }
        return create(payloads);
    }

    /** The one call that changes data: its failure is judged by what it met on the wire ({@link OrderOutcomes}). */
    private SendResult create(List<ObjectNode> payloads) throws SendFailure {
        long start = System.nanoTime();
        try {
            List<CreatedOrder> created = client.createFromUi(payloads);
            CreateDeadline measured = pace;
            if (measured != null) {
                measured.record(payloads.size(), Duration.ofNanos(System.nanoTime() - start));
            }
            return OrderOutcomes.answer(created);
        } catch (OdooException e) {
            throw OrderOutcomes.ofCreate(e);
        }
    }

    /** Asks the server, within the POS configuration, which of these orders it holds (read-only). */
    @Override
    public Map<String, Long> lookUp(List<PaidOrder> orders) throws SendFailure {
        try {
            return OrderLookup.byReference(client, pos.get().configId(), orders);
        } catch (OdooException e) {
            throw new SendFailure(kind(e.kind()), "Till could not ask the server which orders it holds: "
                    + e.getMessage(), e);
        }
    }

    /** Cancels the login, session-state read or {@code create_from_ui} in flight, and later ones until resumed. */
    @Override
    public void cancel() {
        calls.cancel();
    }

    @Override
    public void resume() {
        calls.resume();
    }

    private void refuseClosedSessions(List<PaidOrder> batch) throws OdooException, SendFailure {
        List<Long> sessions = batch.stream().map(o -> o.identity().sessionId()).distinct().toList();
        for (JsonNode session : client.read("pos.session", sessions, List.of("name", "state"))) {
            String state = session.path("state").asText();
            boolean closed = state.equals("closing_control") || state.equals("closed");
            if (closed && rescueApproved.test(session.path("id").asLong())) {
                LOG.info("session {} is {}; its orders are sent anyway, as the admin decided (rescue session)",
                        session.path("name").asText(), state);
            } else if (closed) {
                throw new SendFailure(FailureKind.SESSION_CLOSED, "Session " + session.path("name").asText()
                        + " is " + state.replace('_', ' ') + " on the server; Odoo would put these orders into a"
                        + " rescue session.");
            }
        }
    }

    /** The one mapping from the Odoo client's classification to the sender's. */
    static FailureKind kind(OdooException.Kind kind) {
        return switch (kind) {
            case RETRYABLE -> FailureKind.RETRYABLE;
            case AUTHENTICATION -> FailureKind.AUTHENTICATION;
            case SESSION_EXPIRED -> FailureKind.SESSION_EXPIRED;
            case REJECTED -> FailureKind.REJECTED;
            case MISCONFIGURED -> FailureKind.MISCONFIGURED;
        };
    }

    /** Logs in once, reads what the payload needs from the POS configuration, and keeps it. Thread-safe. */
    private static final class CachedLogin implements PosContextSource {

        private final JsonRpcOdooClient client;
        private final Credentials credentials;
        private final long configId;
        private PosContext context;

        CachedLogin(JsonRpcOdooClient client, Credentials credentials, long configId) {
            this.client = client;
            this.credentials = credentials;
            this.configId = configId;
        }

        @Override
        public synchronized PosContext get() throws OdooException {
            if (context == null) {
                VersionProfile profile = VersionProfile.of(client.version());
                Login login = client.authenticate(credentials);
                JsonNode config = PosConfigs.read(client, configId);
                JsonNode pricelist = config.path("pricelist_id").path(0);
                long session = client.openSession(configId).map(PosSession::id).orElse(0L);
                // The login number is not part of a resent order (its uid already holds it), so no
                // pos.session.login call here: that would count a till start on the server.
                context = new PosContext(profile, credentials.database(), configId, session, 0, login.uid(),
                        pricelist.canConvertToLong() ? pricelist.asLong() : null, Optional.empty(), Optional.empty());
            }
            return context;
        }
    }
}
