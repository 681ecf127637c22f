package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The demo shop's records in memory, per model and id, seeded from the transcripts of one profile. Thread-safe: every
 * method synchronizes on this object, and a caller may hold its monitor for a compound change (an order batch).
 */
final class DemoData {

    private final Map<String, LinkedHashMap<Integer, ObjectNode>> models = new LinkedHashMap<>();
    private static final String ORDERS = "pos.order";

    private final Map<String, Integer> nextIds = new HashMap<>();
    private final Map<String, List<ObjectNode>> ordersByReference = new HashMap<>();
    private final Map<String, ObjectNode> ordersByUuid = new HashMap<>();
    private final ObjectNode sessionInfo;
    private final ObjectNode seed;

    private DemoData(JsonNode seed) {
        for (Iterator<Map.Entry<String, JsonNode>> it = seed.get("models").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> model = it.next();
            LinkedHashMap<Integer, ObjectNode> records = new LinkedHashMap<>();
            model.getValue().forEach(r -> records.put(r.get("id").asInt(), (ObjectNode) r.deepCopy()));
            models.put(model.getKey(), records);
        }
        seed.get("nextIds").fields().forEachRemaining(e -> nextIds.put(e.getKey(), e.getValue().asInt()));
        for (String model : List.of("pos.order", "pos.order.line", "pos.payment", DemoCashMoves.LINES)) {
            models.putIfAbsent(model, new LinkedHashMap<>());
        }
        models.get(ORDERS).values().forEach(this::index);
        sessionInfo = (ObjectNode) seed.get("sessionInfo");
        this.seed = (ObjectNode) seed;
    }

    static DemoData load(Profile profile) {
        return load(profile, DemoCompany.US);
    }

    /** The profile's recorded shop, playing the company (its currency and its user's language). */
    static DemoData load(Profile profile, DemoCompany company) {
        try (InputStream in = DemoData.class.getResourceAsStream(profile.seedResource())) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + profile.seedResource());
            }
            JsonNode seed = JsonRpc.MAPPER.readTree(in);
            company.applyTo(seed);
            return new DemoData(seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized boolean hasModel(String model) {
        return models.containsKey(model);
    }

    /** Copies of all records of a model, in stored order. */
    synchronized List<ObjectNode> all(String model) {
        List<ObjectNode> copies = new ArrayList<>();
        records(model).values().forEach(r -> copies.add(r.deepCopy()));
        return copies;
    }

    /**
     * Copies of the records that pass {@code filter}, sorted by {@code order} (null: stored order), from
     * {@code offset}, at most {@code limit} (0: all): only the answer is copied, not the whole model (a page of a
     * 50 000-product shop).
     */
    synchronized List<ObjectNode> select(String model, Predicate<ObjectNode> filter, Comparator<ObjectNode> order,
                                         int offset, int limit) {
        List<ObjectNode> found = new ArrayList<>();
        for (ObjectNode record : records(model).values()) {
            if (filter.test(record)) {
                found.add(record);
            }
        }
        if (order != null) {
            found.sort(order);
        }
        int from = Math.min(found.size(), offset);
        int to = limit > 0 ? Math.min(found.size(), from + limit) : found.size();
        List<ObjectNode> copies = new ArrayList<>(to - from);
        found.subList(from, to).forEach(r -> copies.add(r.deepCopy()));
        return copies;
    }

    /** The live record (callers holding the monitor may change it), or null. */
    synchronized ObjectNode live(String model, int id) {
        return records(model).get(id);
    }

    synchronized void put(String model, ObjectNode record) {
        int id = record.get("id").asInt();
        records(model).put(id, record);
        nextIds.computeIfPresent(model, (sequence, next) -> Math.max(next, id + 1));
        if (ORDERS.equals(model)) {
            index(record);
        }
    }

    private void index(ObjectNode order) {
        if (order.path("uuid").isTextual()) {
            ordersByUuid.put(order.get("uuid").asText(), order);
        }
        List<ObjectNode> same = ordersByReference.computeIfAbsent(order.path("pos_reference").asText(),
                r -> new ArrayList<>());
        if (same.stream().noneMatch(o -> o.get("id").equals(order.get("id")))) {
            same.add(order);
        }
    }

    /**
     * The first stored order with this {@code pos_reference} (live), or null. Indexed, because a drain of thousands
     * of orders asks this once per order.
     */
    synchronized ObjectNode liveOrderByReference(String posReference) {
        List<ObjectNode> same = ordersByReference.get(posReference);
        return same == null ? null : same.get(0);
    }

    /** The stored order with this uuid (live; 18's identity of an order), or null. */
    synchronized ObjectNode liveOrderByUuid(String uuid) {
        return ordersByUuid.get(uuid);
    }

    /** Every stored order with this {@code pos_reference} (live), oldest first; 17 and 18 allow several. */
    synchronized List<ObjectNode> liveOrdersByReference(String posReference) {
        return List.copyOf(ordersByReference.getOrDefault(posReference, List.of()));
    }

    /** The values of an order field ({@code pos_reference}, {@code uuid}) stored more than once, with the count. */
    synchronized Map<String, Integer> duplicateOrders(String field) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        records(ORDERS).values().forEach(o -> counts.merge(o.path(field).asText(""), 1, Integer::sum));
        counts.values().removeIf(n -> n < 2);
        return counts;
    }

    /** The next id of a sequence; like a PostgreSQL sequence it is not given back when a batch fails. */
    synchronized int nextId(String sequence) {
        int id = nextIds.getOrDefault(sequence, 1);
        if (!nextIds.containsKey(sequence) && models.containsKey(sequence)) {
            id = Math.max(id, records(sequence).keySet().stream().mapToInt(i -> i + 1).max().orElse(1));
        }
        nextIds.put(sequence, id + 1);
        return id;
    }

    synchronized ObjectNode sessionInfoTemplate() {
        return sessionInfo.deepCopy();
    }

    /**
     * Sets a text field of a model's records wherever the shop keeps it: the live records, and the recorded load
     * answers and templates of the seed that carry the field as text (a field's description, an object, is left).
     */
    synchronized void setTextField(String model, String field, String value) {
        records(model).values().forEach(r -> r.put(field, value));
        replaceText(seed, field, value);
    }

    private static void replaceText(JsonNode node, String field, String value) {
        if (node instanceof ObjectNode object) {
            if (object.path(field).isTextual()) {
                object.put(field, value);
            }
            object.elements().forEachRemaining(child -> replaceText(child, field, value));
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(child -> replaceText(child, field, value));
        }
    }

    /** A copy of a top-level part of the seed (the recorded load answers, record templates), or null. */
    synchronized JsonNode seedPart(String key) {
        JsonNode part = seed.get(key);
        return part == null ? null : part.deepCopy();
    }

    private LinkedHashMap<Integer, ObjectNode> records(String model) {
        LinkedHashMap<Integer, ObjectNode> records = models.get(model);
        if (records == null) {
            throw OdooError.unknownModel(model);
        }
        return records;
    }
}
