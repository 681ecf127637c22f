package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The company a demo shop plays: its currency (as {@code res.currency} writes it) and its user's language
 * ({@code lang} of the login's user context, of {@code res.users} and of the partners) and time zone ({@code tz},
 * decision 0246). Every recorded shop is a US one; {@link #applyTo} rewrites a seed so the same shop sells in euros
 * for a Belgian, German, Spanish or Dutch company (decision 0232). Immutable.
 */
public enum DemoCompany {
    /** The recorded shop as it is: dollars, US English (profiles 14 and 18, the demo the till starts by itself). */
    US("USD", "$", true, "en_US", "America/New_York"),
    /** A Belgian shop in French (profile 15). */
    BE("EUR", "\u20ac", false, "fr_BE", "Europe/Brussels"),
    /** A German shop (profile 17). */
    DE("EUR", "\u20ac", false, "de_DE", "Europe/Berlin"),
    /** A Spanish shop. */
    ES("EUR", "\u20ac", false, "es_ES", "Europe/Madrid"),
    /** A Dutch shop. */
    NL("EUR", "\u20ac", false, "nl_NL", "Europe/Amsterdam");

    private final String currency;
    private final String symbol;
    private final boolean before;
    private final String language;
    private final String timeZone;

    DemoCompany(String currency, String symbol, boolean before, String language, String timeZone) {
        this.currency = currency;
        this.symbol = symbol;
        this.before = before;
        this.language = language;
        this.timeZone = timeZone;
    }

    /** The company a profile plays unless told otherwise: the two most used demos stay the recorded US shop. */
    public static DemoCompany of(Profile profile) {
        return switch (profile) {
            case V15 -> BE;
            case V17 -> DE;
            default -> US;
        };
    }

    /** The company of a name as {@code till demo-server --company} takes it ({@code be}, {@code US}). */
    public static Optional<DemoCompany> named(String name) {
        for (DemoCompany company : values()) {
            if (company.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(company);
            }
        }
        return Optional.empty();
    }

    /** The ISO code of its currency ({@code EUR}). */
    public String currency() {
        return currency;
    }

    /** Its user's language as Odoo writes it ({@code fr_BE}). */
    public String language() {
        return language;
    }

    /** Its user's time zone as Odoo writes it ({@code Europe/Brussels}). */
    public String timeZone() {
        return timeZone;
    }

    /**
     * Rewrites the seed of a recorded shop in place to this company's currency, language and time zone. The
     * recordings were made with a Brussels user; the US shop gets its own zone.
     */
    void applyTo(JsonNode seed) {
        walk(seed);
    }

    private void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            rewrite(object);
            object.elements().forEachRemaining(this::walk);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(this::walk);
        }
    }

    private void rewrite(ObjectNode object) {
        if (object.path("tz").isTextual()) {
            object.put("tz", timeZone);
        }
        if (this == US) {
            return;
        }
        // The recorded shop's currency wherever a record or the session info describes it (the euro entry of 14/15's
        // session info is left as it is: it is not the company's).
        if ("$".equals(object.path("symbol").asText(null)) && object.has("position")) {
            object.put("symbol", symbol).put("position", before ? "before" : "after");
            if (object.has("name")) {
                object.put("name", currency);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals("lang") && "en_US".equals(value.asText(null))) {
                field.setValue(object.textNode(language));
            } else if (field.getKey().equals("currency_id") && value.isArray() && value.size() == 2
                    && "USD".equals(value.get(1).asText())) {
                ((ArrayNode) value).set(1, object.textNode(currency));
            }
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT) + " (" + currency + ", " + language + ")";
    }
}
