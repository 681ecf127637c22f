package till.odoo;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;
import till.order.RefundLink;
import till.refunds.ServerRefunds;

/**
 * Asks the server how much of an order's lines was refunded already ({@code pos.order.line.refunded_qty}, 15+), so
 * a refund made elsewhere (another till, the back office) counts too. Offline, on 14, or before the original reached
 * the server it has nothing to say, and the till's own count stands alone. Thread-safe; blocks on the network.
 */
public final class OdooServerRefunds implements ServerRefunds {

    private static final Logger LOG = LoggerFactory.getLogger(OdooServerRefunds.class);

    private final OdooClient client;
    private final OdooOrderTransport.PosContextSource pos;

    public OdooServerRefunds(OdooClient client, OdooOrderTransport.PosContextSource pos) {
        this.client = client;
        this.pos = pos;
    }

    /** Logs in on its first question (reading the POS configuration, never counting a till start). */
    public static OdooServerRefunds connecting(URI server, Credentials credentials, long posConfigId) {
        JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(server));
        return new OdooServerRefunds(client, new LoggedInPos(client, credentials, posConfigId));
    }

    @Override
    public Optional<Map<Integer, BigDecimal>> refunded(PaidOrder original) {
        try {
            PosContext context = pos.get();
            List<RefundLink> lines = new ArrayList<>();
            for (int i = 0; i < original.lines().size(); i++) {
                lines.add(new RefundLink(original.uid(), original.lines().get(i).lineId(), i));
            }
            return context.profile().refunds().read(client, context, original.uid(), lines).map(found -> {
                Map<Integer, BigDecimal> refunded = new HashMap<>();
                found.forEach((lineId, line) -> refunded.put(lineId, line.refundedQty()));
                return Map.copyOf(refunded);
            });
        } catch (OdooException e) {
            LOG.info("could not ask the server what was refunded of order {}: {}", original.uid(), e.getMessage());
            return Optional.empty();
        }
    }
}
