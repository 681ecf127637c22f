package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.catalog.ShopSettings;
import till.catalog.Tax;

/**
 * The 17/18 web POS's way of loading: one call returns every model the POS uses (17: {@code pos.session.load_pos_data
 * [[session_id]]}, v17 200; 18: {@code pos.session.load_data [session_id, []]}, v18 200), read through
 * {@link PosData}. Products are the ones the POS offers (not the special tip or discount products, not combos, which
 * need choices Till does not make); customers are read apart, all of them ({@link PosCatalogLoader#customers}). The
 * bus channel comes from the data: 17's session token, 18's config token. Immutable.
 */
enum OneCallCatalog implements CatalogSource {

    /** 17: {@code load_pos_data [[id]]}; the POS listens on {@code pos_session-<id>-<session access_token>}. */
    LOAD_POS_DATA("load_pos_data") {
        @Override
        ArrayNode args(long sessionId) {
            ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
            args.addArray().add(sessionId);
            return args;
        }

        @Override
        String busChannel(PosData data, JsonNode config, PosSession session) throws OdooException {
            return "pos_session-" + session.id() + "-" + data.one("pos.session").path("access_token").asText("");
        }

        @Override
        JsonNode specialProducts(PosData data) {
            return data.extra("pos_special_products_ids");
        }

        /**
         * 17's {@code load_pos_data} takes no list of models and makes the session's bus token, so the connect keeps
         * it; it sends at most {@code point_of_sale.limited_product_count} products (default 20 000; 17's
         * {@code get_limited_products_loading}). Those are not kept: every product, the first ones too, comes page by
         * page through 17's {@code get_pos_ui_product_product_by_params}, in one order, from a mark that resumes.
         */
        @Override
        public PosShop loadShop(OdooClient client, VersionProfile profile, Login login, long configId,
                                PosSession session, int loginNumber) throws OdooException {
            PosData data = call(client, login, args(session.id()));
            return paged(client, profile, login, configId, session, loginNumber, data,
                    SearchReadProducts.Shape.SEVENTEEN, session.id());
        }
    },
    /** 18: {@code load_data [id, []]} ({@code []}: every model); the POS listens on the config's access token. */
    LOAD_DATA("load_data") {
        @Override
        ArrayNode args(long sessionId) {
            ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
            args.add(sessionId).addArray();
            return args;
        }

        @Override
        String busChannel(PosData data, JsonNode config, PosSession session) {
            return config.path("access_token").asText("");
        }

        @Override
        JsonNode specialProducts(PosData data) throws OdooException {
            return data.one("pos.session").path("_pos_special_products_ids");
        }

        /**
         * 18's {@code load_data} takes the models to load (v18 source: a model not in a non-empty list is skipped;
         * {@code pos.session} always comes): every one the till reads but {@code product.product}, whose records
         * then come page by page from its own domain ({@link SearchReadProducts.Shape#EIGHTEEN}).
         */
        @Override
        public PosShop loadShop(OdooClient client, VersionProfile profile, Login login, long configId,
                                PosSession session, int loginNumber) throws OdooException {
            ArrayNode args = JsonRpcClient.MAPPER.createArrayNode().add(session.id());
            SHOP_MODELS.forEach(args.addArray()::add);
            PosData data = call(client, login, args);
            return paged(client, profile, login, configId, session, loginNumber, data,
                    SearchReadProducts.Shape.EIGHTEEN, 0);
        }
    };

    /** What an 18 connect reads before the products: the models {@link #snapshot} uses, the config first. */
    private static final List<String> SHOP_MODELS = List.of("pos.config", "pos.payment.method", "pos.category",
            "res.company", "account.tax", "res.currency");

    /** A big catalog takes the server a while to serialise; the ordinary 15 s would cut it off. */
    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(120);

    private final String method;

    OneCallCatalog(String method) {
        this.method = method;
    }

    /** The shop without products and the feed its products come through (17: through {@code readSession}'s call). */
    PosShop paged(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                  int loginNumber, PosData data, SearchReadProducts.Shape shape, long readSession)
            throws OdooException {
        JsonNode config = data.one("pos.config");
        JsonNode company = config.path("company_id");
        long companyId = company.isArray() ? company.path(0).asLong() : company.asLong(login.companyId());
        SearchReadProducts feed = SearchReadProducts.of(client, login, companyId, config, shape,
                CatalogRecords.ids(specialProducts(data)), readSession);
        return new PosShop(snapshot(client, profile, login, configId, session, loginNumber, data, List.of()),
                Optional.of(feed));
    }

    /** The call's arguments for the session. */
    abstract ArrayNode args(long sessionId);

    /** The websocket channel the POS of this version subscribes to. */
    abstract String busChannel(PosData data, JsonNode config, PosSession session) throws OdooException;

    /** The ids of the tip and discount products the POS loads but does not offer. */
    abstract JsonNode specialProducts(PosData data) throws OdooException;

    @Override
    public PosSnapshot load(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                            int loginNumber) throws OdooException {
        PosData data = call(client, login, args(session.id()));
        return snapshot(client, profile, login, configId, session, loginNumber, data, products(data));
    }

    PosData call(OdooClient client, Login login, ArrayNode args) throws OdooException {
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        kwargs.set("context", login.context());
        return new PosData(client.callKw("pos.session", method, args, kwargs, LOAD_TIMEOUT));
    }

    /** The catalog with these products and the POS context, from the one call's answer. */
    PosSnapshot snapshot(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                         int loginNumber, PosData data, List<Product> products) throws OdooException {
        JsonNode config = data.one("pos.config");
        JsonNode company = data.one("res.company");
        ShopSettings settings = new ShopSettings(configId, config.path("name").asText(), company.path("name").asText(),
                CatalogRecords.currency(data.one("res.currency")), CatalogRecords.taxRounding(company), session.id(),
                loginNumber, CatalogRecords.text(config.path("receipt_header")),
                CatalogRecords.text(config.path("receipt_footer")), false);
        // The receipt's company data: the same fields as 14/15's (decision 0143); 17 also sends the tax id's label.
        settings = SearchReadCatalog.receiptData(settings, company, login, SearchReadCatalog.text(company.path(
                "country").path("vat_label"))).withTaxDisplay(CatalogRecords.taxDisplay(config))
                .withCashRounding(CatalogRecords.cashRounding(config));
        Catalog catalog = new Catalog(settings, categories(data), products, taxes(data),
                paymentMethods(data, session), PosCatalogLoader.customers(client, JsonRpcClient.MAPPER
                .createArrayNode()));
        PosContext context = new PosContext(profile, login.database(), configId, session.id(), loginNumber,
                login.uid(), PosData.optionalId(config.path("pricelist_id")), Optional.empty(), Optional.empty(),
                busChannel(data, config, session), login.websocketVersion());
        return new PosSnapshot(catalog, context);
    }

    static List<Category> categories(PosData data) {
        List<Category> out = new ArrayList<>();
        for (JsonNode c : data.records("pos.category")) {
            out.add(new Category(c.path("id").asLong(), c.path("name").asText(), PosData.optionalId(c.path(
                    "parent_id"))));
        }
        return out;
    }

    private List<Product> products(PosData data) throws OdooException {
        Set<Long> special = new HashSet<>(CatalogRecords.ids(specialProducts(data)));
        List<Product> out = new ArrayList<>();
        for (JsonNode p : data.records("product.product")) {
            long id = p.path("id").asLong();
            if (special.contains(id) || !p.path("available_in_pos").asBoolean(true) || !p.path("combo_ids").isEmpty()) {
                continue;
            }
            JsonNode categories = p.path("pos_categ_ids");
            out.add(new Product(id, CatalogRecords.productName(p), CatalogRecords.text(p.path("default_code")),
                    CatalogRecords.text(p.path("barcode")), p.path("lst_price").decimalValue(),
                    categories.isEmpty() ? null : categories.get(0).asLong(), CatalogRecords.ids(p.path("taxes_id"))));
        }
        return out;
    }

    /** 17's data has no {@code sequence}: its taxes come in {@code account.tax}'s order (sequence, id), kept as is. */
    static List<Tax> taxes(PosData data) {
        List<Tax> out = new ArrayList<>();
        List<JsonNode> records = data.records("account.tax");
        for (int i = 0; i < records.size(); i++) {
            JsonNode t = records.get(i);
            out.add(CatalogRecords.tax(t, t.has("sequence") ? t.path("sequence").asInt() : i));
        }
        return out;
    }

    /** 18 sends every payment method of the database (v18 200): only the session's are the till's. */
    static List<PaymentMethod> paymentMethods(PosData data, PosSession session) {
        List<PaymentMethod> out = new ArrayList<>();
        for (JsonNode m : data.records("pos.payment.method")) {
            if (session.paymentMethodIds().contains(m.path("id").asLong())) {
                out.add(new PaymentMethod(m.path("id").asLong(), m.path("name").asText(),
                        m.path("is_cash_count").asBoolean()));
            }
        }
        return out;
    }
}
