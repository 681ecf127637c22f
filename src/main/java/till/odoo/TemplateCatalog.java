package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import till.catalog.Catalog;
import till.catalog.Product;
import till.catalog.ShopSettings;

/**
 * The 19 web POS's way of loading (v19 200): {@code pos.session.load_data [session_id, []]} answers {@code {model:
 * [records]}} (18's {@code {data, fields, relations}} is gone; {@link PosData} reads both). What moved: a product's
 * name-giving template, taxes, POS categories and {@code available_in_pos} are on {@code product.template}
 * ({@code product.product} keeps price, barcode, code, {@code display_name} and {@code product_tmpl_id}), and the
 * server extras ({@code _pos_special_products_ids}) are on the {@code pos.config} record. Taxes are read from this
 * answer only: it filters them to the POS company, and another company's tax makes the sync fail (v19 Surprise 7).
 * The context asks for every product ({@code pos_limited_loading: false}): the till searches its own cache.
 * Customers are read apart, without {@code mobile}, which 19's {@code res.partner} no longer has. Stateless.
 */
final class TemplateCatalog implements CatalogSource {

    static final TemplateCatalog INSTANCE = new TemplateCatalog();

    private TemplateCatalog() {
    }

    @Override
    public PosSnapshot load(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                            int loginNumber) throws OdooException {
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        ObjectNode context = kwargs.putObject("context");
        context.setAll(login.context());
        context.put("pos_last_server_date", false);
        context.put("pos_limited_loading", false);
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode().add(session.id());
        args.addArray();
        PosData data = new PosData(client.callKw("pos.session", "load_data", args, kwargs,
                OneCallCatalog.LOAD_TIMEOUT));
        JsonNode config = data.one("pos.config");
        JsonNode company = data.one("res.company");
        ShopSettings settings = new ShopSettings(configId, config.path("name").asText(), company.path("name").asText(),
                CatalogRecords.currency(data.one("res.currency")), CatalogRecords.taxRounding(company), session.id(),
                loginNumber, CatalogRecords.text(config.path("receipt_header")),
                CatalogRecords.text(config.path("receipt_footer")), false);
        // The user's language decides the till's (decision 0230), the user's tz its times' zone (0246); 19's receipt
        // data are not read yet.
        settings = settings.withSeller(SearchReadCatalog.text(login.userContext().path("lang")), settings.cashier())
                .withTimeZone(SearchReadCatalog.text(login.userContext().path("tz")))
                .withTaxDisplay(CatalogRecords.taxDisplay(config))
                .withCashRounding(CatalogRecords.cashRounding(config));
        Catalog catalog = new Catalog(settings, OneCallCatalog.categories(data), products(data, config),
                OneCallCatalog.taxes(data), OneCallCatalog.paymentMethods(data, session),
                PosCatalogLoader.customers(client, JsonRpcClient.MAPPER.createArrayNode(),
                        CatalogRecords.customerFieldsWithoutMobile()));
        PosContext pos = new PosContext(profile, login.database(), configId, session.id(), loginNumber, login.uid(),
                PosData.optionalId(config.path("pricelist_id")), Optional.empty(), Optional.empty(),
                config.path("access_token").asText(""), login.websocketVersion());
        return new PosSnapshot(catalog, pos);
    }

    /** The variants the POS offers: not the tip/discount products, not combos, not templates kept out of the POS. */
    private static List<Product> products(PosData data, JsonNode config) {
        Map<Long, JsonNode> templates = new HashMap<>();
        data.records("product.template").forEach(t -> templates.put(t.path("id").asLong(), t));
        Set<Long> special = new HashSet<>(CatalogRecords.ids(config.path("_pos_special_products_ids")));
        List<Product> out = new ArrayList<>();
        for (JsonNode p : data.records("product.product")) {
            long id = p.path("id").asLong();
            JsonNode t = templates.get(PosData.id(p.path("product_tmpl_id")));
            if (t == null || special.contains(id) || !t.path("available_in_pos").asBoolean(true)
                    || "combo".equals(t.path("type").asText()) || !t.path("combo_ids").isEmpty()) {
                continue;
            }
            JsonNode categories = t.path("pos_categ_ids");
            out.add(new Product(id, p.path("display_name").asText(), CatalogRecords.text(p.path("default_code")),
                    CatalogRecords.text(p.path("barcode")), p.path("lst_price").decimalValue(),
                    categories.isEmpty() ? null : categories.get(0).asLong(), CatalogRecords.ids(t.path("taxes_id"))));
        }
        return out;
    }
}
