package till.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import till.catalog.Catalog;
import till.catalog.CatalogCache;
import till.catalog.Category;
import till.catalog.Customer;
import till.catalog.PaymentMethod;
import till.catalog.Product;
import till.catalog.ShopSettings;
import till.catalog.Tax;

/** The catalog cache in the H2 store: one table per kind of record, each row a JSON body. Thread-safe. */
public final class H2CatalogCache implements CatalogCache {

    private final Database database;
    private final StoreJson json;

    public H2CatalogCache(Database database, StoreJson json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public Optional<Catalog> load() {
        return database.read(c -> {
            List<ShopSettings> settings = readAll(c, "catalog_settings", ShopSettings.class);
            if (settings.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Catalog(settings.get(0),
                    readAll(c, "catalog_categories", Category.class),
                    readAll(c, "catalog_products", Product.class),
                    readAll(c, "catalog_taxes", Tax.class),
                    readAll(c, "catalog_payment_methods", PaymentMethod.class),
                    readAll(c, "catalog_customers", Customer.class)));
        });
    }

    @Override
    public void replace(Catalog catalog) {
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String table : List.of("catalog_settings", "catalog_categories", "catalog_products",
                        "catalog_taxes", "catalog_payment_methods", "catalog_customers")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            insertAll(c, "catalog_settings", List.of(catalog.settings()), x -> 1);
            insertAll(c, "catalog_categories", catalog.categories(), Category::id);
            insertProducts(c, catalog.products());
            insertAll(c, "catalog_taxes", catalog.taxes(), Tax::id);
            insertAll(c, "catalog_payment_methods", catalog.paymentMethods(), PaymentMethod::id);
            insertAll(c, "catalog_customers", catalog.customers(), Customer::id);
            return null;
        });
    }

    private <T> List<T> readAll(Connection c, String table, Class<T> type) throws SQLException {
        List<T> result = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT body FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                result.add(json.read(rs.getString(1), type));
            }
        }
        return result;
    }

    private <T> void insertAll(Connection c, String table, List<T> items, ToLongFunction<T> id) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (id, body) VALUES (?, ?)")) {
            for (T item : items) {
                insert.setLong(1, id.applyAsLong(item));
                insert.setString(2, json.write(item));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertProducts(Connection c, List<Product> products) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO catalog_products (id, barcode, body) VALUES (?, ?, ?)")) {
            for (Product p : products) {
                insert.setLong(1, p.id());
                insert.setString(2, p.barcode());
                insert.setString(3, json.write(p));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
