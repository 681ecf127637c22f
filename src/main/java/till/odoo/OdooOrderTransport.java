package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * orders of a closed session silently elsewhere), then sends the batch with the order call of the server's version
 * ({@code create_from_ui} 14-17, {@code sync_from_ui} 18) and the payload its web POS sends, built from the stored
 * order so every resend is identical, and never twice by itself. The answer counts only for the orders it names
 * ({@link AnswerAccount}); a failure after the request went out is of unknown outcome ({@link OrderOutcomes}), and
 * {@link #lookUp} asks the server which orders it holds ({@link OrderLookup}; docs/decisions/0160, 0161). A refusal is
 * checked against the server's version first: an upgraded server refuses the old format, and that must not reject the
 * orders. {@link #cancel()} cuts the call in flight short through OkHttp, so that the sender stops at once.
 * Thread-safe.
 */
public final class OdooOrderTransport implements OrderTransport {

    /** Where the POS facts the payload needs come from; may call the server, and is asked before every send. */
    @FunctionalInterface
    public interface PosContextSource {
        PosContext get() throws OdooException;

        /** Drops what it keeps, so the next {@link #get()} asks the server again (after a version change). */
        default void forget() {
        }
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
     * Like {@link #connecting(URI, Credentials, long, LongPredicate)}, with order-call deadlines sized from the
     * server's measured pace and capped just over its request time limit ({@link CreateDeadline}).
     *
     * @param serverLimit the server's request time limit (Odoo's {@code limit_time_real}: the sender's settle time)
     */
    public static OdooOrderTransport connecting(URI server, Credentials credentials, long posConfigId,
                                                LongPredicate rescueApproved, Duration serverLimit) {
        InFlightCalls calls = new InFlightCalls();
        CreateDeadline deadline = new CreateDeadline(serverLimit);
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server), deadline, calls);
        OdooOrderTransport transport = new OdooOrderTransport(client, new LoggedInPos(client, credentials,
                posConfigId), rescueApproved, calls);
        transport.pace = deadline;
        return transport;
    }

    @Override
    public SendResult send(List<PaidOrder> batch) throws SendFailure {
        PosContext context = failing(() -> {
            PosContext known = pos.get();
            refuseClosedSessions(batch, known.profile());
            return known;
        });
        Map<String, Map<Integer, Long>> links = failing(() -> RefundLinking.resolve(client, context, batch));
        OrderProtocol orders = context.profile().orders();
        List<ObjectNode> payloads = batch.stream()
                .map(o -> RefundLinking.apply(orders.payload(o, context), context, o, links)).toList();
        long start = System.nanoTime();
        OrderAnswer answer;
        try {
            answer = orders.send(client, payloads, context);
        } catch (OdooException e) {
            SendFailure failure = OrderOutcomes.ofCreate(e);
            throw failure.kind() == FailureKind.REJECTED ? versionChangedOr(failure, context) : failure;
        }
        CreateDeadline measured = pace;
        if (measured != null) {
            measured.record(payloads.size(), Duration.ofNanos(System.nanoTime() - start));
        }
        return AnswerAccount.of(batch, answer, orders);
    }

    /** Asks the server, within the POS configuration, which of these orders it holds (read-only). */
    @Override
    public Map<String, Long> lookUp(List<PaidOrder> orders) throws SendFailure {
        try {
            PosContext context = pos.get();
            Map<String, Long> ids = new HashMap<>();
            context.profile().lookup().find(client, context.configId(), orders).forEach((uid, stored) ->
                    ids.put(uid, stored.id()));
            return ids;
        } catch (OdooException e) {
            throw new SendFailure(kind(e.kind()), "Till could not ask the server which orders it holds: "
                    + e.getMessage(), e);
        }
    }

    /** Cancels the login, session-state read or order call in flight, and later ones until resumed. */
    @Override
    public void cancel() {
        calls.cancel();
    }

    @Override
    public void resume() {
        calls.resume();
    }

    /**
     * A refusal from a server whose major version is no longer the one the payload was built for becomes a
     * MISCONFIGURED failure (the orders wait, the POS facts are read again); otherwise the refusal stands.
     */
    private SendFailure versionChangedOr(SendFailure refused, PosContext context) {
        try {
            ServerVersion now = client.version();
            if (now.major() == context.profile().major()) {
                return refused;
            }
            pos.forget();
            OdooException changed = VersionChange.failure(new ServerVersion(context.profile().major(),
                    context.profile().major() + ".0"), now);
            return new SendFailure(FailureKind.MISCONFIGURED, changed.getMessage(), changed);
        } catch (OdooException e) {
            LOG.debug("could not read the server's version after a refusal: {}", e.getMessage());
            return refused;
        }
    }

    private void refuseClosedSessions(List<PaidOrder> batch, VersionProfile profile) throws OdooException,
            SendFailure {
        List<Long> sessions = batch.stream().map(o -> o.identity().sessionId()).distinct().toList();
        for (JsonNode session : client.read("pos.session", sessions, List.of("name", "state"))) {
            String state = session.path("state").asText();
            boolean closed = state.equals("closing_control") || state.equals("closed");
            if (closed && rescueApproved.test(session.path("id").asLong())) {
                LOG.info("session {} is {}; its orders are sent anyway, as the admin decided", session.path("name")
                        .asText(), state);
            } else if (closed) {
                throw new SendFailure(FailureKind.SESSION_CLOSED, "Session " + session.path("name").asText()
                        + " is " + state.replace('_', ' ') + " on the server; " + profile.closedSessionFate());
            }
        }
    }

    /** A step of a send whose Odoo failure becomes the sender's, classified. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws OdooException, SendFailure;
    }

    private static <T> T failing(Step<T> step) throws SendFailure {
        try {
            return step.run();
        } catch (OdooException e) {
            throw new SendFailure(kind(e.kind()), e.getMessage(), e);
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
}
