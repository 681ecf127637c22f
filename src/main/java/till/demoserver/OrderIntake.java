package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pos.order.create_from_ui} with the semantics of Odoo 13-15: de-duplication by {@code pos_reference} only
 * when the order carries a {@code server_id} key, all-or-nothing batches, rescue sessions, and the result as a
 * {@code search_read} (newest first). Thread-safe: a batch is decided and written under the {@link DemoData}
 * monitor ({@link Commits}: in one hold, or committed late in a second one with {@code slow-commit}).
 */
final class OrderIntake implements OrderSync {

    private final DemoData data;
    private final PosSessions sessions;
    private final Faults faults;
    private final OrderWriter writer;
    private final OrderChecks checks;
    private final Commits commits;

    OrderIntake(DemoData data, PosSessions sessions, Faults faults, Profile profile, Commits commits) {
        this.data = data;
        this.sessions = sessions;
        this.faults = faults;
        this.writer = new OrderWriter(data, sessions, OrderWriter.Style.CREATION_DATE, profile);
        this.checks = new OrderChecks(data, profile);
        this.commits = commits;
    }

    @Override
    public String method() {
        return "create_from_ui";
    }

    @Override
    public JsonNode sync(JsonNode args, JsonNode kwargs) {
        return createFromUi(args);
    }

    @Override
    public List<String> keys(JsonNode args) {
        List<String> names = new ArrayList<>();
        args.path(0).forEach(order -> names.add(order.path("data").path("name").asText()));
        return names;
    }

    /** {@code args} is {@code [orders]} or {@code [orders, draft]}. */
    ArrayNode createFromUi(JsonNode args) {
        JsonNode orders = args.path(0);
        boolean draft = args.path(1).asBoolean(false);
        List<Integer> ids = new ArrayList<>();
        commits.run(() -> {
            List<Runnable> writes = new ArrayList<>();
            List<String> inBatch = new ArrayList<>();
            List<String> created = new ArrayList<>();
            for (JsonNode order : orders) {
                JsonNode ui = order.path("data");
                ObjectNode existing = ui.has("server_id") ? find(ui, inBatch) : null;
                if (existing != null && !"draft".equals(existing.path("state").asText())) {
                    continue;
                }
                // Like a PostgreSQL sequence, the id is taken before the checks and lost when the batch fails.
                int id = existing != null ? existing.get("id").asInt() : data.nextId("pos.order");
                check(ui);
                inBatch.add(ui.path("name").asText());
                if (existing == null) {
                    created.add(ui.path("name").asText());
                }
                ids.add(id);
                writes.add(() -> writer.write(id, ui, draft));
            }
            return new Commits.Decided(writes, created);
        });
        // What the server's search_read of these ids gives: {id, pos_reference}, newest first. Built from the
        // records directly rather than through RecordReader, which copies every order (a drain sends thousands).
        ArrayNode result = JsonRpc.NODES.arrayNode();
        ids.stream().distinct().sorted(java.util.Comparator.reverseOrder()).forEach(id -> {
            ObjectNode stored = data.live("pos.order", id);
            result.addObject().put("id", id).put("pos_reference", stored.path("pos_reference").asText());
        });
        return result;
    }

    /** The stored (or earlier in this batch) order with this name, as the server's search would find it. */
    private ObjectNode find(JsonNode ui, List<String> inBatch) {
        String name = ui.path("name").asText();
        ObjectNode byId = ui.path("server_id").isInt() ? data.live("pos.order", ui.path("server_id").asInt()) : null;
        if (byId != null) {
            return byId;
        }
        ObjectNode byName = data.liveOrderByReference(name);
        if (byName != null) {
            return byName;
        }
        return inBatch.contains(name) ? JsonRpc.NODES.objectNode().put("state", "paid") : null;
    }

    private void check(JsonNode ui) {
        String name = ui.path("name").asText();
        faults.get(FaultKind.ORDER_ERROR).filter(f -> f.value().equals(name)).ifPresent(f -> {
            throw OdooError.server("odoo.exceptions.UserError", "Demo fault: the server refuses " + name + ".");
        });
        sessions.existing(ui.path("pos_session_id").asInt());
        checks.products(ui.path("lines"));
        checks.payments(ui.path("statement_ids"), "name");
    }
}
