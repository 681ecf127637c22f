package till.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The products of a catalog, searchable: by category and by text in the name, internal reference or barcode,
 * ignoring case. The search text of each product is lower-cased once, so a keystroke in a 50 000-product catalog
 * costs one {@code contains} per product and no allocation beyond the result (docs/decisions/0172). Building one
 * takes tens of milliseconds at that size: build it off the FX thread. Immutable and thread-safe.
 */
public final class ProductSearch {

    private final List<Product> products;
    /** Per product: name, internal reference and barcode, lower case, separated by a character no query holds. */
    private final String[] keys;

    public ProductSearch(List<Product> products) {
        this.products = List.copyOf(products);
        this.keys = new String[this.products.size()];
        for (int i = 0; i < keys.length; i++) {
            Product p = this.products.get(i);
            keys[i] = (p.name() + '\n' + p.defaultCode() + '\n' + p.barcode()).toLowerCase(Locale.ROOT);
        }
    }

    /** The search text as {@link #find} compares it: stripped and lower case. */
    public static String normalize(String query) {
        return query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Every product of the category (all when null) whose text contains the query, in the catalog's order: the
     * server's. No limit: the grid shows them virtualised.
     */
    public List<Product> find(Long categoryId, String query) {
        String text = normalize(query);
        if (categoryId == null && text.isEmpty()) {
            return products;
        }
        List<Product> found = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Product p = products.get(i);
            if ((categoryId == null || Objects.equals(categoryId, p.categoryId())) && keys[i].contains(text)) {
                found.add(p);
            }
        }
        return found;
    }

    public int size() {
        return products.size();
    }
}
