package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evaluates an Odoo domain (Polish notation with {@code &}, {@code |}, {@code !}; leaves {@code [field, op, value]})
 * against one record, for the operators the POS uses. Stateless.
 */
final class Domain {

    private Domain() {
    }

    static boolean matches(JsonNode domain, JsonNode record) {
        if (domain == null || domain.isNull() || domain.isEmpty()) {
            return true;
        }
        // Evaluate right to left with a stack, as Odoo's normalisation does; implicit '&' joins what is left.
        Deque<Boolean> stack = new ArrayDeque<>();
        for (int i = domain.size() - 1; i >= 0; i--) {
            JsonNode term = domain.get(i);
            if (term.isTextual()) {
                switch (term.asText()) {
                    case "&" -> stack.push(stack.pop() & stack.pop());
                    case "|" -> stack.push(stack.pop() | stack.pop());
                    case "!" -> stack.push(!stack.pop());
                    default -> throw OdooError.valueError("Invalid domain term " + term);
                }
            } else {
                stack.push(leaf(term, record));
            }
        }
        boolean all = true;
        while (!stack.isEmpty()) {
            all &= stack.pop();
        }
        return all;
    }

    private static boolean leaf(JsonNode term, JsonNode record) {
        if (!term.isArray() || term.size() != 3) {
            throw OdooError.valueError("Invalid leaf " + term);
        }
        String field = term.get(0).asText();
        String op = term.get(1).asText();
        JsonNode want = term.get(2);
        JsonNode have = idOf(value(record, field));
        return switch (op) {
            case "=", "==" -> same(have, want);
            case "!=", "<>" -> !same(have, want);
            case "in" -> contains(want, have);
            case "not in" -> !contains(want, have);
            case "<" -> compare(have, want) < 0;
            case "<=" -> compare(have, want) <= 0;
            case ">" -> compare(have, want) > 0;
            case ">=" -> compare(have, want) >= 0;
            case "ilike" -> have.isTextual() && ilike(have.asText(), want.asText());
            default -> throw OdooError.valueError("Invalid operator " + op);
        };
    }

    /**
     * A field, or a path through a many2one to its name ({@code partner_id.name}, as the web POS's order search
     * uses): the name the many2one {@code [id, name]} carries.
     */
    private static JsonNode value(JsonNode record, String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return record.path(field);
        }
        JsonNode many2one = record.path(field.substring(0, dot));
        boolean name = Set.of("name", "display_name", "complete_name").contains(field.substring(dot + 1));
        return name && many2one.isArray() && many2one.size() == 2 ? many2one.get(1)
                : JsonRpc.NODES.booleanNode(false);
    }

    /** Odoo's {@code ilike}: a pattern with {@code %} wildcards matches whole, one without matches anywhere. */
    private static boolean ilike(String have, String pattern) {
        String text = have.toLowerCase(Locale.ROOT);
        String want = pattern.toLowerCase(Locale.ROOT);
        if (!want.contains("%")) {
            return text.contains(want);
        }
        StringBuilder regex = new StringBuilder("(?s)");
        for (String part : want.split("%", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return text.matches(regex.toString());
    }

    /** A many2one value {@code [id, name]} compares by its id, as in SQL; a missing field is false. */
    private static JsonNode idOf(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return JsonRpc.NODES.booleanNode(false);
        }
        return value.isArray() && value.size() == 2 && value.get(0).isNumber() && value.get(1).isTextual()
                ? value.get(0) : value;
    }

    private static boolean same(JsonNode have, JsonNode want) {
        if (have.isArray()) {
            // x2many = id means "contains", as Odoo treats it.
            return contains(have, want);
        }
        if (have.isNumber() && want.isNumber()) {
            return have.decimalValue().compareTo(want.decimalValue()) == 0;
        }
        return have.equals(want);
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        if (!list.isArray()) {
            return same(value, list);
        }
        for (JsonNode item : list) {
            if (same(value, item)) {
                return true;
            }
        }
        return false;
    }

    private static int compare(JsonNode have, JsonNode want) {
        if (have.isNumber() && want.isNumber()) {
            return have.decimalValue().compareTo(want.decimalValue());
        }
        return have.asText().compareTo(want.asText());
    }
}
