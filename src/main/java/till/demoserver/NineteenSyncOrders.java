package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code pos.order.sync_from_ui} as Odoo 19 takes it (v19 300-369): flat order dicts whose {@code uuid} is the
 * identity, as on 18 ({@link UuidSyncOrders}: a known uuid is answered with the stored order, 310/312; a draft is
 * updated, 317/318; the same reference under a new uuid is a second order, 315; ISO dates are refused, 350/355; an
 * order of a closed session lands in the open one, 340), with what 19 changed: a key that is no field of the model
 * fails the whole call naming it (365: 18's payload fails on {@code procurement_group_id}); the change is booked
 * with the sign sent and the order is named from its {@code pos_reference} ({@link FlatOrderWriter}); the
 * notification carries {@code device_identifier}; the answer adds {@code account.move} and its {@code pos.session}
 * is always empty. De-duplication is airtight: 19 has a unique constraint on {@code pos_order.uuid}, and Odoo retries
 * the losing transaction, which then finds the order (odoo-19.md, tried live): so a write re-checks the uuid when it
 * commits, even after a slow commit, and answers the stored order instead of storing a second. Thread-safe: a batch
 * is decided and written under the {@link DemoData} monitor ({@link Commits}).
 */
final class NineteenSyncOrders implements OrderSync {

    private static final List<String> ANSWER_MODELS = List.of("pos.order", "pos.session", "pos.payment",
            "pos.order.line", "pos.pack.operation.lot", "product.attribute.custom.value", "account.move");

    private final DemoData data;
    private final PosSessions sessions;
    private final Faults faults;
    private final OrderChecks checks;
    private final FlatOrderWriter writer;
    private final Bus bus;
    private final Commits commits;
    private final JsonNode templates;

    NineteenSyncOrders(DemoData data, PosSessions sessions, Faults faults, Profile profile, Bus bus,
                       Commits commits) {
        this.data = data;
        this.sessions = sessions;
        this.faults = faults;
        this.checks = new OrderChecks(data, profile);
        this.writer = new FlatOrderWriter(data, sessions, profile);
        this.bus = bus;
        this.commits = commits;
        this.templates = data.seedPart("recordTemplates");
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
                String uuid = ui.path("uuid").asText("");
                ObjectNode stored = SyncAnswers.byUuid(data, uuid);
                if (stored != null && !"draft".equals(stored.path("state").asText())) {
                    orders.add(stored);
                    continue;
                }
                ObjectNode session = sessions.openSessionFor(ui.path("session_id").asInt());
                if (stored == null && !uuid.isEmpty()) {
                    created.add(uuid);
                }
                writes.add(() -> write(ui, session, stored, orders, written));
            }
            return new Commits.Decided(writes, created);
        });
        String device = kwargs.path("context").path("device_identifier").asText("");
        orders.forEach(order -> SyncAnswers.notifySynchronisation(data, bus, order,
                payload -> payload.put("device_identifier", device)));
        return SyncAnswers.answer(data, ANSWER_MODELS, orders, written);
    }

    /** At commit: an order another call committed meanwhile under this uuid is answered, not stored again. */
    private void write(JsonNode ui, ObjectNode session, ObjectNode draft, List<ObjectNode> orders,
                       Set<Integer> written) {
        ObjectNode now = SyncAnswers.byUuid(data, ui.path("uuid").asText(""));
        if (now != null && !"draft".equals(now.path("state").asText())) {
            orders.add(now);
            return;
        }
        ObjectNode update = now != null ? now : draft;
        int id = update != null ? update.get("id").asInt() : data.nextId("pos.order");
        written.add(id);
        orders.add(writer.write(id, ui, session, update));
    }

    private void check(JsonNode ui) {
        JsonNode config = data.live("pos.config", 1);
        if (!config.path("invoice_journal_id").isArray()) {
            // _process_saved_order refuses every order of a config without an invoice journal (odoo-19.md).
            throw OdooError.server("odoo.exceptions.UserError", "The point of sale " + config.path("name").asText()
                    + " has no invoice journal: set one in its settings (Accounting > Invoice Journal).");
        }
        knownFields(ui, "pos.order");
        ui.path("lines").forEach(line -> knownFields(line.path(2), "pos.order.line"));
        ui.path("payment_ids").forEach(payment -> knownFields(payment.path(2), "pos.payment"));
        if (!ui.has("lines")) {
            throw OdooError.keyError("lines");
        }
        String reference = ui.path("pos_reference").asText();
        faults.get(FaultKind.ORDER_ERROR).filter(f -> f.value().equals(reference)
                || f.value().equals("Order " + reference)).ifPresent(f -> {
                    throw OdooError.server("odoo.exceptions.UserError", "Demo fault: the server refuses "
                            + f.value() + ".");
                });
        OrderChecks.date(ui.path("date_order"));
        checks.payments(ui.path("payment_ids"), "payment_date");
        checks.products(ui.path("lines"));
    }

    /** {@code create} refuses the first key that is no field of the model (365); the fields are the recorded ones. */
    private void knownFields(JsonNode values, String model) {
        JsonNode fields = templates.get(model);
        for (Iterator<String> it = values.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!fields.has(key) && !key.equals("id")) {
                throw OdooError.server("builtins.ValueError", "Invalid field '" + key + "' in '" + model + "'");
            }
        }
    }
}
