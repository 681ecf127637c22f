package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.catalog.ProductFeed;
import till.catalog.ShopSettings;
import till.catalog.Tax;

/**
 * The 14/15 web POS's way of loading: one {@code search_read} per model, with that version's domains and fields
 * (transcripts 2xx); the products in pages through {@link SearchReadProducts} (docs/catalog.md). Stateless.
 */
final class SearchReadCatalog implements CatalogSource {

    static final SearchReadCatalog INSTANCE = new SearchReadCatalog();
    /** The res.company fields of a receipt (receiptData). */
    private static final List<String> RECEIPT_COMPANY_FIELDS = List.of("email", "website", "vat", "phone",
            "partner_id", "logo");

    private SearchReadCatalog() {
    }

    @Override
    public PosSnapshot load(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                            int loginNumber) throws OdooException {
        Shop shop = read(client, profile, login, configId, session, loginNumber);
        Catalog c = shop.snapshot().catalog();
        Catalog catalog = new Catalog(c.settings(), c.categories(), allProducts(shop.products()), c.taxes(),
                c.paymentMethods(), c.customers());
        return new PosSnapshot(catalog, shop.snapshot().context());
    }

    /** Everything but the products, and their feed: pages of the config's size, never one call for them all. */
    @Override
    public PosShop loadShop(OdooClient client, VersionProfile profile, Login login, long configId,
                             PosSession session, int loginNumber) throws OdooException {
        Shop shop = read(client, profile, login, configId, session, loginNumber);
        return new PosShop(shop.snapshot(), Optional.of(shop.products()));
    }

    /** The snapshot without products, and the feed the config asks for. */
    private record Shop(PosSnapshot snapshot, SearchReadProducts products) {
    }

    private Shop read(OdooClient client, VersionProfile profile, Login login, long configId, PosSession session,
                      int loginNumber) throws OdooException {
        JsonNode config = PosConfigs.read(client, configId);
        long companyId = config.path("company_id").path(0).asLong(login.companyId());
        List<String> companyFields = new ArrayList<>(List.of("name", "currency_id", "tax_calculation_rounding_method"));
        companyFields.addAll(RECEIPT_COMPANY_FIELDS);
        JsonNode company = one(client.searchRead("res.company", CatalogRecords.idIs(companyId), companyFields, "", 0),
                "res.company", companyId);
        long currencyId = config.path("currency_id").path(0).asLong(company.path("currency_id").path(0).asLong());
        JsonNode currency = one(client.searchRead("res.currency", CatalogRecords.idIs(currencyId), List.of("name",
                "symbol", "position", "rounding"), "", 0), "res.currency", currencyId);
        ShopSettings settings = new ShopSettings(configId, config.path("name").asText(), company.path("name").asText(),
                CatalogRecords.currency(currency), CatalogRecords.taxRounding(company), session.id(), loginNumber,
                CatalogRecords.text(config.path("receipt_header")), CatalogRecords.text(config.path("receipt_footer")),
                false);
        settings = receiptData(settings, company, login, "").withTaxDisplay(CatalogRecords.taxDisplay(config))
                .withCashRounding(CatalogRecords.cashRounding(config));
        Catalog catalog = new Catalog(settings, categories(client), List.of(), taxes(client, profile, companyId),
                paymentMethods(client, profile, session), PosCatalogLoader.customers(client,
                JsonRpcClient.MAPPER.createArrayNode()));
        PosContext context = new PosContext(profile, login.database(), configId, session.id(), loginNumber,
                login.uid(), PosData.optionalId(config.path("pricelist_id")),
                CatalogRecords.seconds(config.path("longpolling_max_silence_timeout")),
                CatalogRecords.seconds(config.path("longpolling_pong_timeout")), "", login.websocketVersion());
        return new Shop(new PosSnapshot(catalog, context), SearchReadProducts.of(client, login, companyId, config));
    }

    /** Every page of the feed, for {@code till setup} which stores the whole catalog before it returns. */
    private static List<Product> allProducts(SearchReadProducts feed) throws OdooException {
        List<Product> all = new ArrayList<>();
        for (int offset = 0; ; offset += feed.pageSize()) {
            ProductFeed.ProductBatch page = feed.page(offset, feed.pageSize());
            all.addAll(page.offered());
            if (page.size() < feed.pageSize()) {
                return all;
            }
        }
    }

    /**
     * The shop's data a receipt carries, as the 14/15 web POS reads it (docs/printing.md): the company's phone,
     * email, website and tax id, its partner's name as the address line ({@code contact_address} of the web POS's
     * receipt is {@code partner_id[1]}), its logo (base64), the user's language, name and time zone. The tax id's label
     * ({@code country_id.vat_label}) is not read on 14/15: it needs {@code res.country}, and the receipt says
     * "Tax ID". 17/18 send the same company fields in their one-call load (without the logo), and 17 the label.
     */
    static ShopSettings receiptData(ShopSettings settings, JsonNode company, Login login, String vatLabel) {
        return settings.withCompany(text(company.path("partner_id").path(1)), text(company.path("phone")).strip(),
                        text(company.path("email")), text(company.path("website")), text(company.path("vat")), vatLabel,
                        text(company.path("logo")))
                .withSeller(text(login.userContext().path("lang")), login.userName())
                .withTimeZone(text(login.userContext().path("tz")));
    }

    /** Odoo writes an empty char field as {@code false}. */
    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : "";
    }

    private static List<Category> categories(OdooClient client) throws OdooException {
        List<Category> out = new ArrayList<>();
        for (JsonNode c : client.searchRead("pos.category", JsonRpcClient.MAPPER.createArrayNode(), List.of("id",
                "name", "parent_id"), "", 0)) {
            out.add(new Category(c.path("id").asLong(), c.path("name").asText(), PosData.optionalId(c.path(
                    "parent_id"))));
        }
        return out;
    }

    /** A {@code product.product} record as 14/15 read it. */
    static Product product(JsonNode p) {
        return new Product(p.path("id").asLong(), CatalogRecords.productName(p),
                CatalogRecords.text(p.path("default_code")), CatalogRecords.text(p.path("barcode")),
                p.path("lst_price").decimalValue(), PosData.optionalId(p.path("pos_categ_id")),
                CatalogRecords.ids(p.path("taxes_id")));
    }

    private static List<Tax> taxes(OdooClient client, VersionProfile profile, long companyId) throws OdooException {
        List<String> fields = new ArrayList<>(List.of("name", "amount", "price_include", "include_base_amount",
                "amount_type", "children_tax_ids", "sequence"));
        if (profile.taxHasIsBaseAffected()) {
            fields.add("is_base_affected");
        }
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("company_id").add("=").add(companyId);
        List<Tax> out = new ArrayList<>();
        for (JsonNode t : client.searchRead("account.tax", domain, fields, "", 0)) {
            out.add(CatalogRecords.tax(t, t.path("sequence").asInt()));
        }
        return out;
    }

    private static List<PaymentMethod> paymentMethods(OdooClient client, VersionProfile profile, PosSession session)
            throws OdooException {
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

    private static JsonNode one(ArrayNode found, String model, long id) throws OdooException {
        if (found.isEmpty()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server has no " + model + " record "
                    + id + " (or this user may not read it).");
        }
        return found.get(0);
    }
}
