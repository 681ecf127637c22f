package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code pos.order.create_from_ui} as Odoo 17 takes it: the order's date is {@code date_order} (a 15-style
 * {@code creation_date} order fails with KeyError, v17 365), and a resend is recognised by its content, as
 * {@code _is_the_same_order} does: the same name with the same payments (amount, method) and lines (product, price,
 * quantity) is skipped (310), the same name with other content is a second order (315). Orders for a closed session
 * go to a rescue session, the result is {@code [{id, pos_reference, account_move}]} newest first (320).
 * Thread-safe: a batch is decided and written under the {@link DemoData} monitor ({@link Commits}).
 */
final class ContentDedupOrders implements OrderSync {

    private final DemoData data;
    private final PosSessions sessions;
    private final Faults faults;
    private final OrderChecks checks;
    private final OrderWriter writer;
    private final Commits commits;

    ContentDedupOrders(DemoData data, PosSessions sessions, Faults faults, Profile profile, Commits commits) {
        this.data = data;
        this.sessions = sessions;
        this.faults = faults;
        this.checks = new OrderChecks(data, profile);
        this.writer = new OrderWriter(data, sessions, OrderWriter.Style.DATE_ORDER, profile);
        this.commits = commits;
    }

    @Override
    public List<String> keys(JsonNode args) {
        List<String> names = new ArrayList<>();
        args.path(0).forEach(order -> names.add(order.path("data").path("name").asText()));
        return names;
    }

    @Override
    public String method() {
        return "create_from_ui";
    }

    @Override
    public JsonNode sync(JsonNode args, JsonNode kwargs) {
        boolean draft = args.path(1).asBoolean(false);
        List<Integer> ids = new ArrayList<>();
        commits.run(() -> {
            List<Runnable> writes = new ArrayList<>();
            List<String> inBatch = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode order : args.path(0)) {
                JsonNode ui = order.path("data");
                if (!ui.has("date_order")) {
                    throw OdooError.keyError("date_order");
                }
                String signature = signature(ui);
                if (alreadyStored(ui, signature) || inBatch.contains(signature)) {
                    continue;
                }
                // Like a PostgreSQL sequence, the id is taken before the checks and lost when the batch fails.
                int id = data.nextId("pos.order");
                check(ui);
                inBatch.add(signature);
                names.add(ui.path("name").asText());
                ids.add(id);
                writes.add(() -> writer.write(id, ui, draft));
            }
            return new Commits.Decided(writes, names);
        });
        ArrayNode result = JsonRpc.NODES.arrayNode();
        ids.stream().sorted(Comparator.reverseOrder()).forEach(id -> result.addObject().put("id", id)
                .put("pos_reference", data.live("pos.order", id).path("pos_reference").asText())
                .put("account_move", false));
        return result;
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

    /** Whether a non-draft order with this name and the same content is stored already. */
    private boolean alreadyStored(JsonNode ui, String signature) {
        for (ObjectNode stored : data.liveOrdersByReference(ui.path("name").asText())) {
            if (!"draft".equals(stored.path("state").asText()) && signature.equals(storedSignature(stored))) {
                return true;
            }
        }
        return false;
    }

    /** The name, the sorted payments and the sorted lines of a UI order, as one comparable text. */
    private static String signature(JsonNode ui) {
        List<String> payments = new ArrayList<>();
        ui.path("statement_ids").forEach(p -> payments.add(payment(p.path(2).path("amount"),
                p.path(2).path("payment_method_id").asInt())));
        List<String> lines = new ArrayList<>();
        ui.path("lines").forEach(l -> lines.add(line(l.path(2).path("product_id").asInt(),
                l.path(2).path("price_unit"), l.path(2).path("qty"))));
        return join(ui.path("name").asText(), payments, lines);
    }

    private String storedSignature(ObjectNode stored) {
        List<String> payments = new ArrayList<>();
        for (JsonNode id : stored.path("payment_ids")) {
            ObjectNode p = data.live("pos.payment", id.asInt());
            if (!p.path("is_change").asBoolean()) {
                payments.add(payment(p.path("amount"), p.path("payment_method_id").path(0).asInt()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode id : stored.path("lines")) {
            ObjectNode l = data.live("pos.order.line", id.asInt());
            lines.add(line(l.path("product_id").path(0).asInt(), l.path("price_unit"), l.path("qty")));
        }
        return join(stored.path("pos_reference").asText(), payments, lines);
    }

    private static String payment(JsonNode amount, int method) {
        return cents(amount) + "@" + method;
    }

    private static String line(int product, JsonNode price, JsonNode qty) {
        return product + "x" + cents(qty) + "@" + cents(price);
    }

    private static String join(String name, List<String> payments, List<String> lines) {
        payments.sort(null);
        lines.sort(null);
        return name + "|" + payments + "|" + lines;
    }

    private static String cents(JsonNode amount) {
        return BigDecimal.valueOf(amount.asDouble()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
