package till.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the till needs to sell: settings, products, categories, taxes, payment methods, customers, each list in
 * the server's order. Immutable and thread-safe.
 *
 * <p>A class rather than a record only so that it can hold its lookups: a scan, a tap or a customer name is a map
 * lookup, not a walk through 50 000 products (docs/decisions/0172). It reads and writes as the record did, with the
 * same accessors and JSON.
 */
public final class Catalog {

    private final ShopSettings settings;
    private final List<Category> categories;
    private final List<Product> products;
    private final List<Tax> taxes;
    private final List<PaymentMethod> paymentMethods;
    private final List<Customer> customers;
    private final Map<Long, Product> productsById;
    /** The first product of each barcode, as the server lists them (Odoo's POS takes the first too). */
    private final Map<String, Product> productsByBarcode;
    private final Map<Long, Customer> customersById;

    @JsonCreator
    public Catalog(@JsonProperty("settings") ShopSettings settings,
                   @JsonProperty("categories") List<Category> categories,
                   @JsonProperty("products") List<Product> products,
                   @JsonProperty("taxes") List<Tax> taxes,
                   @JsonProperty("paymentMethods") List<PaymentMethod> paymentMethods,
                   @JsonProperty("customers") List<Customer> customers) {
        this.settings = settings;
        this.categories = List.copyOf(categories);
        this.products = List.copyOf(products);
        this.taxes = List.copyOf(taxes);
        this.paymentMethods = List.copyOf(paymentMethods);
        this.customers = List.copyOf(customers);
        this.productsById = new HashMap<>(this.products.size() * 2);
        this.productsByBarcode = new HashMap<>(this.products.size() * 2);
        for (Product p : this.products) {
            productsById.putIfAbsent(p.id(), p);
            if (!p.barcode().isEmpty()) {
                productsByBarcode.putIfAbsent(p.barcode(), p);
            }
        }
        this.customersById = new HashMap<>(this.customers.size() * 2);
        this.customers.forEach(c -> customersById.putIfAbsent(c.id(), c));
    }

    @JsonProperty("settings")
    public ShopSettings settings() {
        return settings;
    }

    @JsonProperty("categories")
    public List<Category> categories() {
        return categories;
    }

    @JsonProperty("products")
    public List<Product> products() {
        return products;
    }

    @JsonProperty("taxes")
    public List<Tax> taxes() {
        return taxes;
    }

    @JsonProperty("paymentMethods")
    public List<PaymentMethod> paymentMethods() {
        return paymentMethods;
    }

    @JsonProperty("customers")
    public List<Customer> customers() {
        return customers;
    }

    public Optional<Product> product(long id) {
        return Optional.ofNullable(productsById.get(id));
    }

    public Optional<Product> productByBarcode(String barcode) {
        return barcode == null || barcode.isEmpty() ? Optional.empty()
                : Optional.ofNullable(productsByBarcode.get(barcode));
    }

    public Optional<Customer> customer(long id) {
        return Optional.ofNullable(customersById.get(id));
    }

    public Optional<PaymentMethod> paymentMethod(long id) {
        return paymentMethods.stream().filter(m -> m.id() == id).findFirst();
    }

    /** Taxes by id, for the tax engine. */
    public Map<Long, Tax> taxesById() {
        return taxes.stream().collect(Collectors.toUnmodifiableMap(Tax::id, Function.identity()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog c && Objects.equals(settings, c.settings) && categories.equals(c.categories)
                && products.equals(c.products) && taxes.equals(c.taxes) && paymentMethods.equals(c.paymentMethods)
                && customers.equals(c.customers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, categories, products, taxes, paymentMethods, customers);
    }

    /** As a record would print it, but a big catalog only counted: printed whole it would be megabytes. */
    @Override
    public String toString() {
        if (products.size() + customers.size() <= 50) {
            return "Catalog[settings=" + settings + ", categories=" + categories + ", products=" + products
                    + ", taxes=" + taxes + ", paymentMethods=" + paymentMethods + ", customers=" + customers + "]";
        }
        return "Catalog[" + settings + ", " + categories.size() + " categories, " + products.size() + " products, "
                + taxes.size() + " taxes, " + paymentMethods.size() + " payment methods, " + customers.size()
                + " customers]";
    }
}
