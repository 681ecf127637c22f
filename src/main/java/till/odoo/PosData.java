package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-call POS data answer read the same way for both shapes: 17's {@code load_pos_data} (a dict keyed by model,
 * single records as objects, many2one as {@code [id, name]}) and 18's {@code load_data} ({@code {model: {data,
 * fields, relations}}}, many2one as bare ids). Immutable view over the answer.
 */
final class PosData {

    private final JsonNode answer;

    PosData(JsonNode answer) {
        this.answer = answer;
    }

    /** The records of a model; empty when the answer has none. */
    List<JsonNode> records(String model) {
        JsonNode node = answer.path(model);
        JsonNode list = node.has("data") ? node.get("data") : node;
        List<JsonNode> out = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(out::add);
        } else if (list.isObject()) {
            out.add(list);
        }
        return out;
    }

    /**
     * The first record of a model.
     *
     * @throws OdooException MISCONFIGURED naming the model when the answer has none
     */
    JsonNode one(String model) throws OdooException {
        List<JsonNode> found = records(model);
        if (found.isEmpty()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server's POS data has no " + model
                    + " record (or this user may not read it).");
        }
        return found.get(0);
    }

    /** A top-level value of the answer (17 keeps extras such as {@code pos_special_products_ids} there). */
    JsonNode extra(String key) {
        return answer.path(key);
    }

    /** A many2one value as an id: {@code [id, name]}, a bare id, or 0 for {@code false}. */
    static long id(JsonNode value) {
        if (value.isArray()) {
            return value.path(0).asLong();
        }
        return value.canConvertToLong() ? value.asLong() : 0;
    }

    /** {@link #id}, or null for none. */
    static Long optionalId(JsonNode value) {
        long id = id(value);
        return id == 0 ? null : id;
    }
}
