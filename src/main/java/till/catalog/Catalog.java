package till.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the till needs to sell: settings, products, categories, taxes, payment methods, customers. Immutable. */
public record Catalog(
        ShopSettings settings,
        List<Category> categories,
        List<Product> products,
        List<Tax> taxes,
        List<PaymentMethod> paymentMethods,
        List<Customer> customers) {

    public Catalog {
        categories = List.copyOf(categories);
        products = List.copyOf(products);
        taxes = List.copyOf(taxes);
        paymentMethods = List.copyOf(paymentMethods);
        customers = List.copyOf(customers);
    }

    public Optional<Product> product(long id) {
        return products.stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<Product> productByBarcode(String barcode) {
        return products.stream().filter(p -> !p.barcode().isEmpty() && p.barcode().equals(barcode)).findFirst();
    }

    public Optional<Customer> customer(long id) {
        return customers.stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<PaymentMethod> paymentMethod(long id) {
        return paymentMethods.stream().filter(m -> m.id() == id).findFirst();
    }

    /** Taxes by id, for the tax engine. */
    public Map<Long, Tax> taxesById() {
        return taxes.stream().collect(Collectors.toUnmodifiableMap(Tax::id, Function.identity()));
    }
}
