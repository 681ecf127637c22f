package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The one-call POS loaders: 17's {@code load_pos_data} (a dict keyed by model, single records as objects) and 18's
 * {@code load_data} ({@code {model: {data, fields, relations}}}, many2one as bare ids). The shape is the recorded
 * answer kept in the seed; the records of the models the demo keeps (sessions, config, products, payment methods,
 * customers, taxes...) are the live ones, with the recorded keys. Thread-safe (reads {@link DemoData}).
 */
final class PosDataLoader {

    /**
     * 17's default {@code point_of_sale.limited_product_count}: {@code load_pos_data} sends at most this many products
     * ({@code pos.config.get_limited_products_loading}); the POS asks for others through
     * {@code get_pos_ui_product_product_by_params}.
     */
    static final int LIMITED_PRODUCT_COUNT = 20_000;
    /** 17's product loader's domain (the demo keeps one company): for sale and in the POS. */
    static final JsonNode OFFERED_17 = JsonRpc.NODES.arrayNode()
            .add(JsonRpc.NODES.arrayNode().add("sale_ok").add("=").add(true))
            .add(JsonRpc.NODES.arrayNode().add("available_in_pos").add("=").add(true));

    private final DemoData data;
    private final PosSessions sessions;
    private final IntSupplier productLimit;

    PosDataLoader(DemoData data, PosSessions sessions, IntSupplier productLimit) {
        this.data = data;
        this.sessions = sessions;
        this.productLimit = productLimit;
    }

    /** 17: {@code load_pos_data [[session_id]]}; the session gets its bus token here. */
    JsonNode loadPosData(int sessionId) {
        sessions.ensureAccessToken(sessionId);
        ObjectNode answer = (ObjectNode) data.seedPart("loadPosData");
        synchronized (data) {
            for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                String model = entry.getKey();
                JsonNode recorded = entry.getValue();
                if (!data.hasModel(model)) {
                    continue;
                }
                if (recorded.isObject() && recorded.has("id")) {
                    int id = model.equals("pos.session") ? sessionId : recorded.get("id").asInt();
                    ObjectNode live = data.live(model, id);
                    entry.setValue(live == null ? recorded : shaped(live, (ObjectNode) recorded));
                } else if (recorded.isArray() && !recorded.isEmpty() && recorded.get(0).has("id")) {
                    ArrayNode live = records(model, (ObjectNode) recorded.get(0), false);
                    entry.setValue(model.equals("product.product") ? limited(live) : live);
                }
            }
        }
        return answer;
    }

    /** 18: {@code load_data [session_id, models]}; an empty list of models means all of them. */
    JsonNode loadData(int sessionId, JsonNode wanted) {
        sessions.existing(sessionId);
        ObjectNode answer = (ObjectNode) data.seedPart("loadData");
        if (wanted.isArray() && !wanted.isEmpty()) {
            answer.retain(kept(wanted));
        }
        synchronized (data) {
            for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                ObjectNode part = (ObjectNode) entry.getValue();
                JsonNode recorded = part.path("data");
                if (data.hasModel(entry.getKey()) && !recorded.isEmpty()) {
                    ArrayNode live = records(entry.getKey(), (ObjectNode) recorded.get(0), true);
                    if (entry.getKey().equals("pos.session")) {
                        live.removeAll();
                        live.add(shaped(LoadForm.bareIds(data.live("pos.session", sessionId)),
                                (ObjectNode) recorded.get(0)));
                    }
                    part.set("data", live);
                }
            }
        }
        return answer;
    }

    /**
     * 19: {@code load_data [session_id, models]} answers {@code {model: [records]}} (v19 200), many2one as bare ids,
     * the server extras on the pos.config record; {@code only_data} is gone (a TypeError).
     */
    JsonNode loadFlatData(int sessionId, JsonNode wanted, JsonNode kwargs) {
        if (kwargs.has("only_data")) {
            throw OdooError.server("builtins.TypeError", "PosSession.load_data() got an unexpected keyword argument"
                    + " 'only_data'");
        }
        sessions.existing(sessionId);
        ObjectNode answer = (ObjectNode) data.seedPart("loadData");
        if (wanted.isArray() && !wanted.isEmpty()) {
            answer.retain(kept(wanted));
        }
        synchronized (data) {
            for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode recorded = entry.getValue();
                if (!data.hasModel(entry.getKey()) || recorded.isEmpty()) {
                    continue;
                }
                ArrayNode live = entry.getKey().equals("pos.session")
                        ? JsonRpc.NODES.arrayNode().add(shaped(LoadForm.bareIds(data.live("pos.session", sessionId)),
                                (ObjectNode) recorded.get(0)))
                        : records(entry.getKey(), (ObjectNode) recorded.get(0), true);
                entry.setValue(live);
            }
        }
        return answer;
    }

    /** The first products up to 17's limit (17 picks them by priority and recent stock moves; the demo has neither). */
    private ArrayNode limited(ArrayNode products) {
        int limit = productLimit.getAsInt();
        while (products.size() > limit) {
            products.remove(products.size() - 1);
        }
        return products;
    }

    /** The models a non-empty list asks for, and {@code pos.session}, which 18/19's {@code load_data} always sends. */
    private static List<String> kept(JsonNode wanted) {
        List<String> kept = new ArrayList<>(List.of("pos.session"));
        wanted.forEach(model -> kept.add(model.asText()));
        return kept;
    }

    private ArrayNode records(String model, ObjectNode recorded, boolean bareIds) {
        ArrayNode out = JsonRpc.NODES.arrayNode();
        for (ObjectNode live : data.all(model)) {
            if (model.equals("pos.session") && "closed".equals(live.path("state").asText())) {
                continue;
            }
            out.add(shaped(bareIds ? LoadForm.bareIds(live) : live, recorded));
        }
        return out;
    }

    /** The live record with exactly the recorded keys; a key the demo does not keep takes the recorded value. */
    private static ObjectNode shaped(ObjectNode live, ObjectNode recorded) {
        ObjectNode out = JsonRpc.NODES.objectNode();
        recorded.fieldNames().forEachRemaining(key -> out.set(key, live.has(key) ? live.get(key) : recorded.get(key)));
        return out;
    }
}
