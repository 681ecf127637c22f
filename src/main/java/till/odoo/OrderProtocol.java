package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import till.order.PaidOrder;

/**
 * How one Odoo version family takes paid orders: the payload of an order as that version's web POS exports it, the
 * call that sends a batch, and how its answer names the orders it holds. Implementations are stateless.
 */
interface OrderProtocol {

    /** The order for this POS context; the same stored order always gives the same JSON, so resends are identical. */
    ObjectNode payload(PaidOrder order, PosContext pos);

    /** The identity the server de-duplicates on and names in its answer: the name (14-17) or the uuid (18). */
    String identity(PaidOrder order);

    /** Sends the payloads in one call; blocks on the network; fails as the client classifies the failure. */
    OrderAnswer send(OdooClient client, List<ObjectNode> payloads, PosContext pos) throws OdooException;
}
