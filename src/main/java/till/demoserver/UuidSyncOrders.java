package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code pos.order.sync_from_ui} as Odoo 18 takes it: flat order dicts whose {@code uuid} is the identity. A uuid
 * already stored and not draft is not written again, whatever the content, but the stored order is answered as if
 * it had been (310, 312); a stored draft is updated (317, 318); the same name under a new uuid is a second order
 * (315). Dates must be {@code YYYY-MM-DD HH:MM:SS} (ISO is refused, 350, 355). An order for a closed session lands
 * silently in the open session of the config (340). The answer is a dict of records per model, in request order,
 * and every order, stored or not, sends a {@code <token>-SYNCHRONISATION} notification on the config's access
 * token (411). Thread-safe: a batch is decided and written under the {@link DemoData} monitor ({@link Commits}).
 */
final class UuidSyncOrders implements OrderSync {

    private static final List<String> ANSWER_MODELS = List.of("pos.order", "pos.session", "pos.payment",
            "pos.order.line", "pos.pack.operation.lot", "product.attribute.custom.value");

    private final DemoData data;
    private final PosSessions sessions;
    private final Faults faults;
    private final OrderChecks checks;
    private final FlatOrderWriter writer;
    private final Bus bus;
    private final Commits commits;

    UuidSyncOrders(DemoData data, PosSessions sessions, Faults faults, Profile profile, Bus bus, Commits commits) {
        this.data = data;
        this.sessions = sessions;
        this.faults = faults;
        this.checks = new OrderChecks(data, profile);
        this.writer = new FlatOrderWriter(data, sessions, profile);
        this.bus = bus;
        this.commits = commits;
    }

    @Override
    public List<String> keys(JsonNode args) {
        List<String> uuids = new ArrayList<>();
        args.path(0).forEach(order -> uuids.add(order.path("uuid").asText("")));
        return uuids;
    }

    @Override
    public String method() {
        return "sync_from_ui";
    }

    @Override
    public JsonNode sync(JsonNode args, JsonNode kwargs) {
        List<ObjectNode> orders = new ArrayList<>();
        Set<Integer> written = new HashSet<>();
        commits.run(() -> {
            List<Runnable> writes = new ArrayList<>();
            List<String> created = new ArrayList<>();
            for (JsonNode ui : args.path(0)) {
                check(ui);
                ObjectNode stored = SyncAnswers.byUuid(data, ui.path("uuid").asText(""));
                if (stored != null && !"draft".equals(stored.path("state").asText())) {
                    orders.add(stored);
                    continue;
                }
                int id = stored != null ? stored.get("id").asInt() : data.nextId("pos.order");
                ObjectNode session = sessions.openSessionFor(ui.path("session_id").asInt());
                written.add(id);
                if (stored == null && !ui.path("uuid").asText("").isEmpty()) {
                    created.add(ui.path("uuid").asText());
                }
                writes.add(() -> orders.add(writer.write(id, ui, session, stored)));
            }
            return new Commits.Decided(writes, created);
        });
        int loginNumber = kwargs.path("context").path("login_number").asInt(0);
        orders.forEach(order -> SyncAnswers.notifySynchronisation(data, bus, order,
                payload -> payload.put("login_number", loginNumber)));
        return SyncAnswers.answer(data, ANSWER_MODELS, orders, written);
    }

    private void check(JsonNode ui) {
        if (!ui.has("lines")) {
            throw OdooError.keyError("lines");
        }
        String name = ui.path("name").asText();
        faults.get(FaultKind.ORDER_ERROR).filter(f -> f.value().equals(name)).ifPresent(f -> {
            throw OdooError.server("odoo.exceptions.UserError", "Demo fault: the server refuses " + name + ".");
        });
        OrderChecks.date(ui.path("date_order"));
        checks.payments(ui.path("payment_ids"), "payment_date");
        checks.products(ui.path("lines"));
    }
}
