package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import till.catalog.Product;
import till.catalog.ProductFeed;

/**
 * The 14/15 POS's products through {@code product.product search_read}, page by page as 15's web POS loads them in
 * the background ({@code loadProductsBackground}: pages of {@code pos.config.limited_products_amount} at growing
 * offsets), in the POS's order with the id last so that pages do not overlap; limited to the config's categories when
 * it says so ({@code limit_categories}). Changed products are those with a later {@code write_date}, read with
 * {@code active_test: false} so that an archived one is seen and dropped. Each call's deadline grows with the records
 * it may carry. 18 is read the same way with its own fields ({@link Shape#EIGHTEEN}): its product loader's domain is
 * 15's with {@code pos_categ_ids}, and the tip and discount products and combos are not offered. 17 has the same
 * fields and reads its pages through its own {@code pos.session.get_pos_ui_product_product_by_params} (the caller's
 * domain, offset, limit, order and fields over the loader's; archived products included), as its web POS reads the
 * products {@code load_pos_data} left out. Immutable and thread-safe.
 */
final class SearchReadProducts implements ProductFeed {

    /** The page size where the server has no paging setting (14). */
    static final int DEFAULT_PAGE = 10_000;
    private static final String ORDER = "sequence ASC, default_code ASC, name ASC, id ASC";

    /** What differs between the versions read this way: the category field and what else a product needs. */
    enum Shape {
        /** 14/15: one category, {@code pos_categ_id} as a many2one. */
        FIFTEEN("pos_categ_id", List.of()),
        /** 18: categories as {@code pos_categ_ids}; {@code combo_ids} to leave out the combos Till does not sell. */
        EIGHTEEN("pos_categ_ids", List.of("combo_ids")),
        /** 17: 18's fields (v17 200); pages through the session's paging call. */
        SEVENTEEN("pos_categ_ids", List.of("combo_ids"));

        private final String categoryField;
        private final List<String> fields;

        Shape(String categoryField, List<String> extra) {
            this.categoryField = categoryField;
            List<String> all = new ArrayList<>(List.of("display_name", "name", "lst_price", "barcode", "default_code",
                    "taxes_id", "write_date", categoryField));
            all.addAll(extra);
            this.fields = List.copyOf(all);
        }

        Long category(JsonNode p) {
            JsonNode value = p.path(categoryField);
            return this == FIFTEEN ? PosData.optionalId(value) : value.isArray() && !value.isEmpty()
                    ? value.get(0).asLong() : null;
        }

        Product product(JsonNode p) {
            return new Product(p.path("id").asLong(), CatalogRecords.productName(p),
                    CatalogRecords.text(p.path("default_code")), CatalogRecords.text(p.path("barcode")),
                    p.path("lst_price").decimalValue(), category(p), CatalogRecords.ids(p.path("taxes_id")));
        }

        /** Whether the product is a kind Till does not sell whatever the domain says (18's combos). */
        boolean unsold(JsonNode p) {
            return this != FIFTEEN && p.path("combo_ids").isArray() && !p.path("combo_ids").isEmpty();
        }
    }

    /** What decides whether a changed product is still offered, read besides the shape's fields. */
    private static final List<String> OFFER_FIELDS = List.of("sale_ok", "available_in_pos", "active", "company_id");
    /** Observed: Odoo 15 serialises ~0.3 ms per product; a page gets the ordinary deadline plus 1 ms per record. */
    private static final Duration PER_RECORD = Duration.ofMillis(1);
    private static final Duration IDS_TIMEOUT = Duration.ofSeconds(60);

    private final OdooClient client;
    private final Login login;
    private final long companyId;
    private final List<Long> categories;
    private final int pageSize;
    private final Shape shape;
    private final List<Long> excluded;
    /** 17: the open session whose paging call reads the pages; 0: {@code product.product search_read}. */
    private final long session;

    /**
     * @param categories the only POS categories to load ({@code iface_available_categ_ids} under
     *                   {@code limit_categories}); empty: all
     */
    SearchReadProducts(OdooClient client, Login login, long companyId, List<Long> categories, int pageSize) {
        this(client, login, companyId, categories, pageSize, Shape.FIFTEEN, List.of());
    }

    /** @param excluded products the server loads but the POS does not offer (18's tip and discount products) */
    SearchReadProducts(OdooClient client, Login login, long companyId, List<Long> categories, int pageSize,
                       Shape shape, List<Long> excluded) {
        this(client, login, companyId, categories, pageSize, shape, excluded, 0);
    }

    private SearchReadProducts(OdooClient client, Login login, long companyId, List<Long> categories, int pageSize,
                               Shape shape, List<Long> excluded, long session) {
        this.session = session;
        this.client = client;
        this.login = login;
        this.companyId = companyId;
        this.categories = List.copyOf(categories);
        this.pageSize = pageSize;
        this.shape = shape;
        this.excluded = List.copyOf(excluded);
    }

    /** The feed a {@code pos.config} record asks for: its category limit and, on 15, its page size. */
    static SearchReadProducts of(OdooClient client, Login login, long companyId, JsonNode config) {
        return of(client, login, companyId, config, Shape.FIFTEEN, List.of());
    }

    /** {@link #of(OdooClient, Login, long, JsonNode)} for a version's shape, without these products. */
    static SearchReadProducts of(OdooClient client, Login login, long companyId, JsonNode config, Shape shape,
                                 List<Long> excluded) {
        return of(client, login, companyId, config, shape, excluded, 0);
    }

    /** 17: {@link #of(OdooClient, Login, long, JsonNode, Shape, List)} read through this session's paging call. */
    static SearchReadProducts of(OdooClient client, Login login, long companyId, JsonNode config, Shape shape,
                                 List<Long> excluded, long session) {
        List<Long> categories = config.path("limit_categories").asBoolean(false)
                ? CatalogRecords.ids(config.path("iface_available_categ_ids")) : List.of();
        // 15 has the setting (default 20 000) whether or not its limited loading is on: the page the shop's own POS
        // would load in the background. Till pages in any case, never the whole catalog in one call.
        int amount = config.path("limited_products_amount").asInt(0);
        return new SearchReadProducts(client, login, companyId, categories, amount > 0 ? amount : DEFAULT_PAGE,
                shape, excluded, session);
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public int count() throws OdooException {
        ObjectNode kwargs = kwargs(false);
        kwargs.set("domain", offeredDomain());
        return client.callKw("product.product", "search_count", JsonRpcClient.MAPPER.createArrayNode(), kwargs,
                IDS_TIMEOUT).asInt();
    }

    @Override
    public ProductBatch page(int offset, int limit) throws OdooException {
        ObjectNode kwargs = kwargs(false);
        kwargs.set("domain", offeredDomain());
        kwargs.put("offset", offset).put("limit", limit).put("order", ORDER);
        shape.fields.forEach(kwargs.withArray("fields")::add);
        return batch(read(kwargs, limit), false);
    }

    @Override
    public ProductBatch changedSince(String cursor) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("write_date").add(">").add(cursor);
        return classified(domain, pageSize);
    }

    @Override
    public Set<Long> offeredIds() throws OdooException {
        ObjectNode kwargs = kwargs(false);
        kwargs.set("domain", offeredDomain());
        Set<Long> ids = new HashSet<>();
        client.callKw("product.product", "search", JsonRpcClient.MAPPER.createArrayNode(), kwargs, IDS_TIMEOUT)
                .forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    @Override
    public ProductBatch byIds(Collection<Long> ids) throws OdooException {
        List<Long> all = List.copyOf(ids);
        List<Product> offered = new ArrayList<>();
        List<Long> gone = new ArrayList<>(all);
        String newest = "";
        for (int from = 0; from < all.size(); from += pageSize) {
            ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
            ArrayNode in = domain.addArray().add("id").add("in").addArray();
            all.subList(from, Math.min(all.size(), from + pageSize)).forEach(in::add);
            ProductBatch chunk = classified(domain, pageSize);
            offered.addAll(chunk.offered());
            newest = chunk.newestWrite().compareTo(newest) > 0 ? chunk.newestWrite() : newest;
        }
        offered.forEach(p -> gone.remove(p.id()));
        return new ProductBatch(offered, gone, newest);
    }

    /** Every record the domain finds, archived ones too, split into offered and gone; deadline for {@code expect}. */
    private ProductBatch classified(ArrayNode domain, int expect) throws OdooException {
        ObjectNode kwargs = kwargs(true);
        kwargs.set("domain", domain);
        kwargs.put("order", ORDER);
        shape.fields.forEach(kwargs.withArray("fields")::add);
        OFFER_FIELDS.forEach(kwargs.withArray("fields")::add);
        return batch(read(kwargs, expect), true);
    }

    private ArrayNode read(ObjectNode kwargs, int records) throws OdooException {
        Duration deadline = OdooClient.CALL_TIMEOUT.plus(PER_RECORD.multipliedBy(records));
        JsonNode result = session == 0 ? client.callKw("product.product", "search_read",
                JsonRpcClient.MAPPER.createArrayNode(), kwargs, deadline) : readThroughSession(kwargs, deadline);
        if (!result.isArray()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "the product read answered "
                    + result.getNodeType() + " instead of a list");
        }
        return (ArrayNode) result;
    }

    /** 17: the same search as custom search parameters of the session's paging call; the context stays a kwarg. */
    private JsonNode readThroughSession(ObjectNode kwargs, Duration deadline) throws OdooException {
        ObjectNode params = kwargs.deepCopy();
        ObjectNode callKwargs = JsonRpcClient.MAPPER.createObjectNode();
        callKwargs.set("context", params.remove("context"));
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode().add(session).add(params);
        return client.callKw("pos.session", "get_pos_ui_product_product_by_params", args, callKwargs, deadline);
    }

    private ProductBatch batch(ArrayNode records, boolean classify) {
        List<Product> offered = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        String newest = "";
        for (JsonNode p : records) {
            String written = CatalogRecords.text(p.path("write_date"));
            newest = written.compareTo(newest) > 0 ? written : newest;
            if (shape.unsold(p) || classify && !offered(p)) {
                gone.add(p.path("id").asLong());
            } else {
                offered.add(shape.product(p));
            }
        }
        return new ProductBatch(offered, gone, newest);
    }

    /** The domain of {@link #offeredDomain()}, checked on one record read with {@link #OFFER_FIELDS}. */
    private boolean offered(JsonNode p) {
        long company = p.path("company_id").path(0).asLong(0);
        Long category = shape.category(p);
        return !excluded.contains(p.path("id").asLong()) && p.path("sale_ok").asBoolean(false) && p.path("available_in_pos").asBoolean(false)
                && p.path("active").asBoolean(true) && (company == 0 || company == companyId)
                && (categories.isEmpty() || categories.contains(category));
    }

    /**
     * The product loader's domain: for sale, in the POS, of the company or none; the config's categories if limited;
     * not the products the server loads for itself (18's tip and discount products).
     */
    private ArrayNode offeredDomain() {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode().add("&").add("&");
        domain.addArray().add("sale_ok").add("=").add(true);
        domain.addArray().add("available_in_pos").add("=").add(true);
        domain.add("|");
        domain.addArray().add("company_id").add("=").add(companyId);
        domain.addArray().add("company_id").add("=").add(false);
        if (!categories.isEmpty()) {
            ArrayNode in = domain.addArray().add(shape.categoryField).add("in").addArray();
            categories.forEach(in::add);
        }
        if (!excluded.isEmpty()) {
            ArrayNode notIn = domain.addArray().add("id").add("not in").addArray();
            excluded.forEach(notIn::add);
        }
        if (session != 0) {
            // 17's paging call reads archived products too; a page offers only active ones.
            domain.addArray().add("active").add("=").add(true);
        }
        return domain;
    }

    private ObjectNode kwargs(boolean archivedToo) {
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        ObjectNode context = login.context();
        if (archivedToo) {
            context.put("active_test", false);
        }
        kwargs.set("context", context);
        return kwargs;
    }
}
