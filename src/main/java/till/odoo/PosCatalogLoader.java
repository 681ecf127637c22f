package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.Currency;
import till.catalog.Customer;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.catalog.ShopSettings;
import till.catalog.Tax;

/**
 * Loads what the POS sells with from a logged-in server, with the domains and fields of that version's web POS
 * (transcripts 2xx), and maps it to a {@link Catalog} plus a {@link PosContext}. Blocks on the network; thread-safe.
 */
public final class PosCatalogLoader {

    private static final String PRODUCT_ORDER = "sequence ASC, default_code ASC, name ASC";

    private final OdooClient client;
    private final VersionProfile profile;
    private final Login login;

    public PosCatalogLoader(OdooClient client, VersionProfile profile, Login login) {
        this.client = client;
        this.profile = profile;
        this.login = login;
    }

    /**
     * Reads the config, its company, currency, categories, taxes, payment methods, customers and products.
     *
     * @param loginNumber what {@link OdooClient#loginToSession} returned for this start of the till
     * @throws OdooException MISCONFIGURED when the config does not exist; otherwise as the calls fail
     */
    public PosSnapshot load(long configId, PosSession session, int loginNumber) throws OdooException {
        JsonNode config = PosConfigs.read(client, configId);
        long companyId = config.path("company_id").path(0).asLong(login.companyId());
        JsonNode company = one(client.searchRead("res.company", idIs(companyId), List.of("name", "currency_id",
                "tax_calculation_rounding_method"), "", 0), "res.company", companyId);
        long currencyId = config.path("currency_id").path(0).asLong(company.path("currency_id").path(0).asLong());
        JsonNode currency = one(client.searchRead("res.currency", idIs(currencyId), List.of("name", "symbol",
                "position", "rounding"), "", 0), "res.currency", currencyId);
        ShopSettings settings = new ShopSettings(configId, config.path("name").asText(), company.path("name").asText(),
                currency(currency), taxRounding(company), session.id(), loginNumber,
                text(config.path("receipt_header")), text(config.path("receipt_footer")), false);
        Catalog catalog = new Catalog(settings, categories(), products(companyId), taxes(companyId),
                paymentMethods(session), customers());
        Long pricelist = config.path("pricelist_id").path(0).canConvertToLong()
                ? config.path("pricelist_id").path(0).asLong() : null;
        PosContext context = new PosContext(profile, login.database(), configId, session.id(), loginNumber,
                login.uid(), pricelist, seconds(config.path("longpolling_max_silence_timeout")),
                seconds(config.path("longpolling_pong_timeout")));
        return new PosSnapshot(catalog, context);
    }

    private List<Category> categories() throws OdooException {
        List<Category> out = new ArrayList<>();
        for (JsonNode c : client.searchRead("pos.category", empty(), List.of("id", "name", "parent_id"), "", 0)) {
            out.add(new Category(c.path("id").asLong(), c.path("name").asText(), optionalId(c.path("parent_id"))));
        }
        return out;
    }

    private List<Product> products(long companyId) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode().add("&").add("&");
        domain.addArray().add("sale_ok").add("=").add(true);
        domain.addArray().add("available_in_pos").add("=").add(true);
        domain.add("|");
        domain.addArray().add("company_id").add("=").add(companyId);
        domain.addArray().add("company_id").add("=").add(false);
        List<Product> out = new ArrayList<>();
        for (JsonNode p : client.searchRead("product.product", domain, List.of("display_name", "name", "lst_price",
                "barcode", "default_code", "pos_categ_id", "taxes_id"), PRODUCT_ORDER, 0)) {
            String code = text(p.path("default_code"));
            out.add(new Product(p.path("id").asLong(), productName(p, code), code, text(p.path("barcode")),
                    p.path("lst_price").decimalValue(), optionalId(p.path("pos_categ_id")), ids(p.path("taxes_id"))));
        }
        return out;
    }

    /**
     * The name a tile shows: Odoo's display_name without the {@code [default_code] } it starts with (the till shows
     * the code apart), so that a variant keeps its attributes ("Chair (Red)"); the plain name when that leaves none.
     */
    static String productName(JsonNode product, String code) {
        String display = text(product.path("display_name"));
        String prefix = "[" + code + "] ";
        String name = !code.isEmpty() && display.startsWith(prefix) ? display.substring(prefix.length()) : display;
        return name.isBlank() ? text(product.path("name")) : name;
    }

    private List<Tax> taxes(long companyId) throws OdooException {
        List<String> fields = new ArrayList<>(List.of("name", "amount", "price_include", "include_base_amount",
                "amount_type", "children_tax_ids", "sequence"));
        if (profile.taxHasIsBaseAffected()) {
            fields.add("is_base_affected");
        }
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("company_id").add("=").add(companyId);
        List<Tax> out = new ArrayList<>();
        for (JsonNode t : client.searchRead("account.tax", domain, fields, "", 0)) {
            out.add(new Tax(t.path("id").asLong(), t.path("name").asText(),
                    Tax.AmountType.fromOdoo(t.path("amount_type").asText()), t.path("amount").decimalValue(),
                    t.path("price_include").asBoolean(), t.path("include_base_amount").asBoolean(),
                    t.path("is_base_affected").asBoolean(true), t.path("sequence").asInt(),
                    ids(t.path("children_tax_ids"))));
        }
        return out;
    }

    private List<PaymentMethod> paymentMethods(PosSession session) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        ArrayNode ids = domain.addArray().add("id").add("in").addArray();
        session.paymentMethodIds().forEach(ids::add);
        List<PaymentMethod> out = new ArrayList<>();
        for (JsonNode m : client.searchRead("pos.payment.method", domain, profile.paymentMethodFields(), "", 0)) {
            out.add(new PaymentMethod(m.path("id").asLong(), m.path("name").asText(),
                    m.path("is_cash_count").asBoolean()));
        }
        return out;
    }

    private List<Customer> customers() throws OdooException {
        return customers(client, empty());
    }

    /**
     * Reads these customers again, with the fields the catalog load reads (for {@code pos_partner_sync}'s updates).
     * A customer the server no longer offers (archived, deleted) is simply absent. Blocks on the network.
     */
    public static List<Customer> customers(OdooClient client, List<Long> partnerIds) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        ArrayNode ids = domain.addArray().add("id").add("in").addArray();
        partnerIds.forEach(ids::add);
        return customers(client, domain);
    }

    private static List<Customer> customers(OdooClient client, ArrayNode domain) throws OdooException {
        List<Customer> out = new ArrayList<>();
        for (JsonNode c : client.searchRead("res.partner", domain, List.of("name", "street", "zip", "city", "phone",
                "mobile", "email"), "", 0)) {
            String phone = text(c.path("phone")).isEmpty() ? text(c.path("mobile")) : text(c.path("phone"));
            String town = (text(c.path("zip")) + " " + text(c.path("city"))).strip();
            String address = String.join(", ", List.of(text(c.path("street")), town).stream()
                    .filter(s -> !s.isEmpty()).toList());
            out.add(new Customer(c.path("id").asLong(), c.path("name").asText(), phone, text(c.path("email")),
                    address));
        }
        return out;
    }

    private static Currency currency(JsonNode c) {
        BigDecimal rounding = c.path("rounding").decimalValue();
        int places = Math.max(0, rounding.stripTrailingZeros().scale());
        return new Currency(c.path("id").asLong(), c.path("name").asText(), c.path("symbol").asText(), rounding,
                places, "before".equals(c.path("position").asText()));
    }

    private static ShopSettings.TaxRounding taxRounding(JsonNode company) {
        String method = company.path("tax_calculation_rounding_method").asText("");
        return method.isEmpty() || method.equals("false") ? ShopSettings.TaxRounding.ROUND_PER_LINE
                : ShopSettings.TaxRounding.fromOdoo(method);
    }

    static JsonNode one(ArrayNode found, String model, long id) throws OdooException {
        if (found.isEmpty()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server has no " + model + " record "
                    + id + " (or this user may not read it).");
        }
        return found.get(0);
    }

    static ArrayNode idIs(long id) {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("id").add("=").add(id);
        return domain;
    }

    private static ArrayNode empty() {
        return JsonRpcClient.MAPPER.createArrayNode();
    }

    /** Odoo sends {@code false} for an empty char field. */
    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : "";
    }

    private static Long optionalId(JsonNode many2one) {
        return many2one.isArray() && many2one.size() > 0 ? many2one.get(0).asLong() : null;
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(id -> out.add(id.asLong()));
        return out;
    }

    private static Optional<Duration> seconds(JsonNode value) {
        return value.isNumber() ? Optional.of(Duration.ofMillis(Math.round(value.asDouble() * 1000)))
                : Optional.empty();
    }
}
