package till.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.Catalog;
import till.catalog.CatalogCache;
import till.catalog.Category;
import till.catalog.Customer;
import till.catalog.LoadMark;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.catalog.ShopSettings;
import till.catalog.Tax;

/**
 * The catalog cache in the H2 store: one table per kind of record, each row a JSON body at its place in the server's
 * order. Updated in place (docs/decisions/0171): a refresh writes only the rows that changed, so a changed customer
 * rewrites one customer row and the file does not grow by the whole catalog on every connect. Thread-safe.
 */
public final class H2CatalogCache implements CatalogCache {

    private static final Logger LOG = LoggerFactory.getLogger(H2CatalogCache.class);

    private static final CatalogTable<ShopSettings> SETTINGS = new CatalogTable<>("catalog_settings", x -> 1, null);
    private static final CatalogTable<Category> CATEGORIES = new CatalogTable<>("catalog_categories", Category::id,
            null);
    private static final CatalogTable<Product> PRODUCTS = new CatalogTable<>("catalog_products", Product::id,
            Product::barcode);
    private static final CatalogTable<Tax> TAXES = new CatalogTable<>("catalog_taxes", Tax::id, null);
    private static final CatalogTable<PaymentMethod> PAYMENT_METHODS = new CatalogTable<>("catalog_payment_methods",
            PaymentMethod::id, null);
    private static final CatalogTable<Customer> CUSTOMERS = new CatalogTable<>("catalog_customers", Customer::id,
            null);

    /** A refresh that wrote or deleted more rows than this compacts the file right after (decision 0171). */
    private static final int COMPACT_AFTER_ROWS = 1_000;
    private static final int COMPACT_MILLIS = 2_000;

    private final Database database;
    /** How long one compaction may take: bounded, because it holds the database's lock. */
    private volatile int compactMillis = COMPACT_MILLIS;
    private final StoreJson json;

    public H2CatalogCache(Database database, StoreJson json) {
        this.database = database;
        this.json = json;
    }

    /**
     * Lets a test give compaction all the time it needs: with the 2 s bound, a loaded machine cuts it short and the
     * file size would measure the machine, not whether the slack of a rewrite is given back.
     */
    void compactionBudget(int millis) {
        this.compactMillis = millis;
    }

    @Override
    public Optional<Catalog> load() {
        return database.read(c -> {
            List<ShopSettings> settings = SETTINGS.readAll(c, json, ShopSettings.class);
            if (settings.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Catalog(settings.get(0),
                    CATEGORIES.readAll(c, json, Category.class),
                    PRODUCTS.readAll(c, json, Product.class),
                    TAXES.readAll(c, json, Tax.class),
                    PAYMENT_METHODS.readAll(c, json, PaymentMethod.class),
                    CUSTOMERS.readAll(c, json, Customer.class)));
        });
    }

    @Override
    public void replace(Catalog catalog) {
        CatalogTable.Changes changes = database.write(c -> SETTINGS.sync(c, json, List.of(catalog.settings()))
                .plus(CATEGORIES.sync(c, json, catalog.categories()))
                .plus(PRODUCTS.sync(c, json, catalog.products()))
                .plus(TAXES.sync(c, json, catalog.taxes()))
                .plus(PAYMENT_METHODS.sync(c, json, catalog.paymentMethods()))
                .plus(CUSTOMERS.sync(c, json, catalog.customers())));
        LOG.info("Catalog cache updated in place: {} rows inserted, {} updated, {} deleted, {} unchanged",
                changes.inserted(), changes.updated(), changes.deleted(), changes.unchanged());
        // A first fill leaves as much slack as a rewrite: H2 writes pages several times while the transaction grows.
        if (changes.inserted() + changes.updated() + changes.deleted() > COMPACT_AFTER_ROWS) {
            database.compact(compactMillis);
        }
    }

    @Override
    public void upsertProducts(List<Product> products) {
        database.write(c -> PRODUCTS.upsert(c, json, products));
    }

    @Override
    public void deleteProducts(Collection<Long> ids) {
        database.write(c -> PRODUCTS.delete(c, ids));
    }

    @Override
    public void replaceShop(Catalog catalog) {
        CatalogTable.Changes changes = database.write(c -> SETTINGS.sync(c, json, List.of(catalog.settings()))
                .plus(CATEGORIES.sync(c, json, catalog.categories()))
                .plus(TAXES.sync(c, json, catalog.taxes()))
                .plus(PAYMENT_METHODS.sync(c, json, catalog.paymentMethods()))
                .plus(CUSTOMERS.sync(c, json, catalog.customers())));
        LOG.info("Catalog cache (all but products) updated in place: {} rows inserted, {} updated, {} deleted",
                changes.inserted(), changes.updated(), changes.deleted());
    }

    @Override
    public Optional<LoadMark> productMark() {
        return database.read(LoadMarkRow::read);
    }

    @Override
    public void storeProducts(List<Product> offered, Collection<Long> gone, LoadMark mark) {
        boolean compact = database.write(c -> {
            boolean finishing = mark.fullLoadDone() && !LoadMarkRow.read(c).map(LoadMark::fullLoadDone).orElse(false);
            int rows = PRODUCTS.upsert(c, json, offered) + PRODUCTS.delete(c, gone);
            LoadMarkRow.write(c, mark);
            // Not between the pages of a full load (up to 2 s each): once its last page is in, or after a large
            // refresh outside one.
            return finishing || (rows > COMPACT_AFTER_ROWS && mark.fullLoadDone());
        });
        if (compact) {
            database.compact(compactMillis);
        }
    }
}
