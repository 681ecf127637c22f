package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Compares two JSON values by structure: keys, value kinds, lists by their first element. Stateless. */
final class JsonStructure {

    private JsonStructure() {
    }

    static void compare(String path, JsonNode recorded, JsonNode actual, List<String> problems) {
        String want = kind(recorded);
        String have = kind(actual);
        if (!want.equals(have)) {
            problems.add((path.isEmpty() ? "/" : path) + " is " + have + ", recorded " + want);
            return;
        }
        if (recorded.isObject()) {
            TreeSet<String> missing = names(recorded);
            missing.removeAll(names(actual));
            TreeSet<String> extra = names(actual);
            extra.removeAll(names(recorded));
            if (!missing.isEmpty() || !extra.isEmpty()) {
                problems.add(path + " keys: missing " + missing + ", extra " + extra);
            }
            for (Iterator<String> it = recorded.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (actual.has(key) && !key.equals("debug")) {
                    compare(path + "/" + key, recorded.get(key), actual.get(key), problems);
                }
            }
        } else if (recorded.isArray()) {
            if (recorded.isEmpty() != actual.isEmpty()) {
                problems.add(path + " has " + actual.size() + " items, recorded " + recorded.size());
            } else if (!recorded.isEmpty()) {
                compare(path + "/0", recorded.get(0), actual.get(0), problems);
            }
        }
    }

    private static String kind(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "float";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static TreeSet<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }
}
