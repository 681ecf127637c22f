package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import till.order.PaidOrder;

/**
 * Orders through {@code pos.order.sync_from_ui(orders)} (18 and 19): flat dicts ({@link WebPos18Order},
 * {@link WebPos19Order}) identified by their {@code uuid}, with {@code config_id} and the till's number in the context
 * as that version's web POS adds them (18: {@code login_number}; 19: {@code device_identifier}, a string, v19 300).
 * The answer
 * is a dict of records per model; its {@code pos.order} records, in request order, are read by uuid, with the session
 * each landed in (an order of a closed session lands silently in the open one, 340, and the answer's
 * {@code pos.session} never says so, v18 Surprise 3). The captured build answers a resend with the stored order
 * (310); builds that leave it out are covered by the lookup of unnamed orders. 19's answer adds {@code account.move}
 * and an always empty {@code pos.session} (v19 300), which change nothing here. Immutable.
 */
final class SyncFromUiOrders implements OrderProtocol {

    /** 18: the 18 dict, {@code login_number} (an int) in the context. */
    static final SyncFromUiOrders EIGHTEEN = new SyncFromUiOrders(WebPos18Order::build,
            (context, pos) -> context.put("login_number", pos.loginNumber()));
    /** 19: the 19 dict, {@code device_identifier} (a string, 19 has no login number) in the context. */
    static final SyncFromUiOrders NINETEEN = new SyncFromUiOrders(WebPos19Order::build,
            (context, pos) -> context.put("device_identifier", Integer.toString(pos.loginNumber())));

    private final BiFunction<PaidOrder, PosContext, ObjectNode> builder;
    private final BiConsumer<ObjectNode, PosContext> tillInContext;

    private SyncFromUiOrders(BiFunction<PaidOrder, PosContext, ObjectNode> builder,
                             BiConsumer<ObjectNode, PosContext> tillInContext) {
        this.builder = builder;
        this.tillInContext = tillInContext;
    }

    @Override
    public ObjectNode payload(PaidOrder order, PosContext pos) {
        return builder.apply(order, pos);
    }

    /**
     * 19 refuses every order of a POS configuration without an invoice journal ({@code _process_saved_order}): said in
     * the words of the admin's fix, with Odoo's own message kept. Other refusals pass unchanged.
     */
    static OdooException withoutInvoiceJournal(OdooException e) {
        String server = e.serverMessage().orElse("");
        if (e.kind() != OdooException.Kind.REJECTED || !server.toLowerCase(Locale.ROOT).contains("journal")) {
            return e;
        }
        return new OdooException(e.kind(), "Odoo refuses the orders of this POS because its configuration has no"
                + " invoice journal. Set one in Odoo (Point of Sale > Configuration > Settings > Accounting > Invoice"
                + " Journal), then run till outbox retry-rejected. Odoo says: " + server, server,
                e.serverErrorName().orElse(null), e);
    }

    @Override
    public String identity(PaidOrder order) {
        return OrderUuids.order(order);
    }

    @Override
    public OrderAnswer send(OdooClient client, List<ObjectNode> payloads, PosContext pos) throws OdooException {
        ObjectNode context = JsonRpcClient.MAPPER.createObjectNode();
        context.put("config_id", pos.configId());
        tillInContext.accept(context, pos);
        JsonNode answer;
        try {
            answer = client.syncFromUi(payloads, context);
        } catch (OdooException e) {
            throw pos.profile().needsInvoiceJournal() ? withoutInvoiceJournal(e) : e;
        }
        if (!answer.path("pos.order").isArray()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server answered sync_from_ui without"
                    + " pos.order records: is this an Odoo 18 or 19 server?");
        }
        Map<String, OrderAnswer.Stored> named = new HashMap<>();
        for (JsonNode order : answer.get("pos.order")) {
            named.put(order.path("uuid").asText(), new OrderAnswer.Stored(order.path("id").asLong(),
                    order.path("pos_reference").asText(), PosData.id(order.path("session_id"))));
        }
        return new OrderAnswer(named);
    }
}
