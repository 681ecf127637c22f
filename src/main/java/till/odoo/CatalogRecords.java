package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import till.catalog.Currency;
import till.catalog.Customer;
import till.catalog.ShopSettings;
import till.catalog.Tax;
import till.catalog.TaxDisplay;

/**
 * The mapping of Odoo records to the catalog's values that every version's loader shares: currency, tax rounding,
 * taxes, customers, and Odoo's ways of saying "nothing" ({@code false} for an empty char field). Stateless.
 */
final class CatalogRecords {

    private CatalogRecords() {
    }

    static Currency currency(JsonNode c) {
        BigDecimal rounding = c.path("rounding").decimalValue();
        int places = Math.max(0, rounding.stripTrailingZeros().scale());
        return new Currency(c.path("id").asLong(), c.path("name").asText(), c.path("symbol").asText(), rounding,
                places, "before".equals(c.path("position").asText()));
    }

    /**
     * The configuration's cash rounding ({@code cash_rounding}, {@code only_round_cash_method}): every version's web
     * POS loads the {@code pos.config} with all its fields, these two included (transcripts 241 and 200).
     */
    static ShopSettings.CashRounding cashRounding(JsonNode config) {
        return ShopSettings.CashRounding.of(config.path("cash_rounding").asBoolean(false),
                config.path("only_round_cash_method").asBoolean(false));
    }

    static ShopSettings.TaxRounding taxRounding(JsonNode company) {
        String method = company.path("tax_calculation_rounding_method").asText("");
        return method.isEmpty() || method.equals("false") ? ShopSettings.TaxRounding.ROUND_PER_LINE
                : ShopSettings.TaxRounding.fromOdoo(method);
    }

    /**
     * The config's {@code iface_tax_included} ({@code total} / {@code subtotal}), read the same from 14/15's
     * {@code pos.config} record and from 17/18/19's load (transcripts 240 and 200); tax included without it.
     */
    static TaxDisplay taxDisplay(JsonNode config) {
        return TaxDisplay.fromOdoo(text(config.path("iface_tax_included"))).orElse(TaxDisplay.INCLUDED);
    }

    /**
     * An {@code account.tax} record; {@code is_base_affected} is true where the server lacks the field (14).
     *
     * @param sequence the tax's {@code sequence}, given apart because 17's POS data leaves the field out
     */
    static Tax tax(JsonNode t, int sequence) {
        return new Tax(t.path("id").asLong(), t.path("name").asText(),
                Tax.AmountType.fromOdoo(t.path("amount_type").asText()), t.path("amount").decimalValue(),
                t.path("price_include").asBoolean(), t.path("include_base_amount").asBoolean(),
                t.path("is_base_affected").asBoolean(true), sequence, ids(t.path("children_tax_ids")));
    }

    static Customer customer(JsonNode c) {
        String phone = text(c.path("phone")).isEmpty() ? text(c.path("mobile")) : text(c.path("phone"));
        String town = (text(c.path("zip")) + " " + text(c.path("city"))).strip();
        String address = String.join(", ", List.of(text(c.path("street")), town).stream()
                .filter(s -> !s.isEmpty()).toList());
        return new Customer(c.path("id").asLong(), c.path("name").asText(), phone, text(c.path("email")), address);
    }

    /** The fields {@link #customer} reads. */
    static List<String> customerFields() {
        return List.of("name", "street", "zip", "city", "phone", "mobile", "email");
    }

    /**
     * The name a tile shows: Odoo's display_name without the {@code [default_code] } it starts with (the till shows
     * the code apart), so that a variant keeps its attributes ("Chair (Red)"); the plain name when that leaves none.
     */
    static String productName(JsonNode product) {
        String code = text(product.path("default_code"));
        String display = text(product.path("display_name"));
        String prefix = "[" + code + "] ";
        String name = !code.isEmpty() && display.startsWith(prefix) ? display.substring(prefix.length()) : display;
        return name.isBlank() ? text(product.path("name")) : name;
    }

    /** The fields {@link #customer} reads on 19, whose {@code res.partner} has no {@code mobile} (v19 200). */
    static List<String> customerFieldsWithoutMobile() {
        return List.of("name", "street", "zip", "city", "phone", "email");
    }

    /** Odoo sends {@code false} for an empty char field. */
    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : "";
    }

    static List<Long> ids(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(id -> out.add(id.asLong()));
        return out;
    }

    static Optional<Duration> seconds(JsonNode value) {
        return value.isNumber() ? Optional.of(Duration.ofMillis(Math.round(value.asDouble() * 1000)))
                : Optional.empty();
    }

    static ArrayNode idIs(long id) {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("id").add("=").add(id);
        return domain;
    }
}
