package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The demo stores records as {@code search_read} gives them (a many2one is {@code [id, name]}); 18's
 * {@code load_data} and {@code sync_from_ui} answer in {@code read(load=False)} form, where it is the bare id.
 * Stateless.
 */
final class LoadForm {

    private LoadForm() {
    }

    /** A copy of the record with every {@code [id, name]} pair turned into the id. */
    static ObjectNode bareIds(ObjectNode record) {
        ObjectNode out = record.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isArray() && value.size() == 2 && value.get(0).isIntegralNumber() && value.get(1).isTextual()) {
                out.set(field.getKey(), value.get(0));
            }
        }
        return out;
    }

    /** {@code [id, name]} of a stored record, as a many2one reads; {@code false} when there is none. */
    static JsonNode many2one(DemoData data, String model, int id) {
        ObjectNode record = id == 0 ? null : data.live(model, id);
        if (record == null) {
            return JsonRpc.NODES.booleanNode(false);
        }
        JsonNode name = record.has("display_name") ? record.get("display_name") : record.path("name");
        return JsonRpc.NODES.arrayNode().add(id).add(name.asText());
    }
}
