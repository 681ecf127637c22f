package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code search_read}, {@code read}, {@code search} and {@code search_count} over {@link DemoData}, with Odoo's
 * field selection, {@code order}, {@code limit} and {@code offset}. Thread-safe (stateless over thread-safe data).
 */
final class RecordReader {

    /** Models whose {@code _order} is not the seed order: newest first, as the real server lists them. */
    private static final Map<String, String> DEFAULT_ORDER = Map.of(
            "pos.order", "date_order desc, id desc",
            "pos.payment", "id desc",
            "pos.session", "id desc");

    /** The relations a domain path may follow ({@code pos_order_id.uuid}): the field and the model it points to. */
    private static final Map<String, String> RELATIONS = Map.of(
            "pos_order_id", "pos.order", "order_id", "pos.order", "session_id", "pos.session",
            "config_id", "pos.config", "product_id", "product.product", "partner_id", "res.partner",
            "payment_method_id", "pos.payment.method");

    private final DemoData data;

    RecordReader(DemoData data) {
        this.data = data;
    }

    ArrayNode searchRead(String model, JsonNode domain, JsonNode fields, JsonNode kwargs) {
        List<ObjectNode> found = search(model, domain, kwargs);
        ArrayNode result = JsonRpc.NODES.arrayNode();
        found.forEach(r -> result.add(select(model, r, fields)));
        return result;
    }

    List<ObjectNode> search(String model, JsonNode domain, JsonNode kwargs) {
        JsonNode resolved = resolvePaths(domain);
        boolean activeOnly = activeOnly(model, resolved, kwargs);
        String order = kwargs.path("order").asText(DEFAULT_ORDER.getOrDefault(model, ""));
        return data.select(model, r -> (!activeOnly || r.path("active").asBoolean(true)) && Domain.matches(resolved, r),
                order.isBlank() ? null : comparator(order), kwargs.path("offset").asInt(0),
                kwargs.path("limit").asInt(0));
    }

    /**
     * Odoo's {@code active_test}: archived records are left out unless the context says {@code active_test: false}
     * or the domain names {@code active}. Only on products, where the till reads archived ones on purpose (a refresh
     * of what changed); the other models answer as they always did here.
     */
    private static boolean activeOnly(String model, JsonNode domain, JsonNode kwargs) {
        if (!model.equals("product.product") || !kwargs.path("context").path("active_test").asBoolean(true)) {
            return false;
        }
        if (domain != null && domain.isArray()) {
            for (JsonNode term : domain) {
                if (term.isArray() && term.path(0).asText("").equals("active")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A leaf on a path ({@code ["pos_order_id.uuid", "=", x]}, v18 302) becomes a leaf on the ids of the related
     * records that match, as Odoo rewrites it.
     */
    private JsonNode resolvePaths(JsonNode domain) {
        if (domain == null || !domain.isArray()) {
            return domain;
        }
        ArrayNode out = JsonRpc.NODES.arrayNode();
        for (JsonNode term : domain) {
            String field = term.path(0).asText("");
            int dot = field.indexOf('.');
            String related = dot < 0 ? null : RELATIONS.get(field.substring(0, dot));
            if (!term.isArray() || related == null) {
                out.add(term);
                continue;
            }
            ArrayNode leaf = JsonRpc.NODES.arrayNode().add(field.substring(dot + 1)).add(term.get(1)).add(term.get(2));
            ArrayNode ids = JsonRpc.NODES.arrayNode();
            search(related, JsonRpc.NODES.arrayNode().add(leaf), JsonRpc.NODES.objectNode())
                    .forEach(r -> ids.add(r.get("id")));
            out.add(JsonRpc.NODES.arrayNode().add(field.substring(0, dot)).add("in").add(ids));
        }
        return out;
    }

    ArrayNode read(String model, JsonNode ids, JsonNode fields) {
        ArrayNode result = JsonRpc.NODES.arrayNode();
        for (JsonNode id : ids.isArray() ? ids : JsonRpc.NODES.arrayNode().add(ids)) {
            ObjectNode record;
            synchronized (data) {
                ObjectNode live = data.live(model, id.asInt());
                record = live == null ? null : live.deepCopy();
            }
            if (record == null) {
                throw OdooError.server("odoo.exceptions.MissingError",
                        "Record does not exist or has been deleted.\n(Record: " + model + "(" + id.asInt()
                                + ",), User: 2)");
            }
            result.add(select(model, record, fields));
        }
        return result;
    }

    /** The requested fields, {@code id} first; no or empty {@code fields} means all, as on the real server. */
    private ObjectNode select(String model, ObjectNode record, JsonNode fields) {
        if (fields == null || !fields.isArray() || fields.isEmpty()) {
            return record;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add("id");
        fields.forEach(f -> names.add(f.asText()));
        ObjectNode out = JsonRpc.NODES.objectNode();
        for (String name : names) {
            JsonNode value = record.get(name);
            if (value == null) {
                throw OdooError.valueError("Invalid field '" + name + "' on model '" + model + "'");
            }
            out.set(name, value);
        }
        return out;
    }

    private static Comparator<ObjectNode> comparator(String order) {
        Comparator<ObjectNode> all = null;
        for (String part : order.split(",")) {
            String[] words = part.trim().split("\\s+");
            String field = words[0];
            Comparator<ObjectNode> one = Comparator.comparing(r -> r.path(field), RecordReader::compareValues);
            if (words.length > 1 && words[1].equalsIgnoreCase("desc")) {
                one = one.reversed();
            }
            all = all == null ? one : all.thenComparing(one);
        }
        return all;
    }

    /** false/missing first, then numbers or text; a many2one {@code [id, name]} sorts by its name. */
    private static int compareValues(JsonNode a, JsonNode b) {
        JsonNode x = sortKey(a);
        JsonNode y = sortKey(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue());
        }
        return x.asText().compareTo(y.asText());
    }

    private static JsonNode sortKey(JsonNode value) {
        if (value.isMissingNode() || value.isNull() || (value.isBoolean() && !value.asBoolean())) {
            return null;
        }
        return value.isArray() && value.size() == 2 ? value.get(1) : value;
    }
}
