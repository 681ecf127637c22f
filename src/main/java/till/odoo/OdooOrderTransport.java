package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import till.outbox.FailureKind;
import till.outbox.OrderTransport;
import till.outbox.PaidOrder;
import till.outbox.SendFailure;
import till.outbox.SendResult;

/**
 * The order sender's transport to a real Odoo: checks that the orders' POS sessions are still open (Odoo would file
 * orders of a closed session silently into a rescue session), then {@code create_from_ui} with the payload
 * {@link OrderPayloads} builds from the stored order, so every resend is identical. Thread-safe.
 */
public final class OdooOrderTransport implements OrderTransport {

    private final OdooClient client;
    private final PosContext pos;

    public OdooOrderTransport(OdooClient client, PosContext pos) {
        this.client = client;
        this.pos = pos;
    }

    @Override
    public SendResult send(List<PaidOrder> batch) throws SendFailure {
        try {
            refuseClosedSessions(batch);
            List<ObjectNode> payloads = batch.stream().map(o -> OrderPayloads.build(o, pos)).toList();
            List<CreatedOrder> created = client.createFromUi(payloads);
            return new SendResult(created.stream().map(CreatedOrder::posReference).collect(Collectors.toSet()));
        } catch (OdooException e) {
            throw new SendFailure(kind(e.kind()), e.getMessage(), e);
        }
    }

    private void refuseClosedSessions(List<PaidOrder> batch) throws OdooException, SendFailure {
        List<Long> sessions = batch.stream().map(o -> o.identity().sessionId()).distinct().toList();
        for (JsonNode session : client.read("pos.session", sessions, List.of("name", "state"))) {
            String state = session.path("state").asText();
            if (state.equals("closing_control") || state.equals("closed")) {
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
}
