package till.sell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import till.catalog.Product;

/**
 * The catalog's products with their search text lower-cased once, so a keystroke in a 50 000-product catalog costs
 * one {@code contains} per product and no allocation. Immutable.
 */
final class ProductIndex {

    private final List<Product> products;
    /** Per product: name, internal reference and barcode, lower case, separated by a character no query holds. */
    private final String[] keys;

    ProductIndex(List<Product> products) {
        this.products = List.copyOf(products);
        this.keys = new String[this.products.size()];
        for (int i = 0; i < keys.length; i++) {
            Product p = this.products.get(i);
            keys[i] = (p.name() + '\n' + p.defaultCode() + '\n' + p.barcode()).toLowerCase(Locale.ROOT);
        }
    }

    /** The first {@code limit} products that pass the filter, in catalog order. */
    List<Product> find(ProductFilter filter, int limit) {
        List<Product> found = new ArrayList<>(Math.min(limit, keys.length));
        for (int i = 0; i < keys.length && found.size() < limit; i++) {
            Product p = products.get(i);
            if ((filter.categoryId() == null || Objects.equals(filter.categoryId(), p.categoryId()))
                    && keys[i].contains(filter.query())) {
                found.add(p);
            }
        }
        return found;
    }
}
