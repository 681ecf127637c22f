package till.sell;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import till.catalog.Product;

/**
 * Which products the grid shows: those of a category (or all) whose name, internal reference or barcode contains
 * the search text, ignoring case. Immutable.
 *
 * @param categoryId the category, or null for all
 * @param query      the search text, possibly empty
 */
public record ProductFilter(Long categoryId, String query) {

    public ProductFilter {
        query = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }

    public boolean test(Product product) {
        if (categoryId != null && !Objects.equals(categoryId, product.categoryId())) {
            return false;
        }
        return query.isEmpty()
                || product.name().toLowerCase(Locale.ROOT).contains(query)
                || product.defaultCode().toLowerCase(Locale.ROOT).contains(query)
                || product.barcode().contains(query);
    }

    /** The first {@code limit} matches, in catalog order. */
    public List<Product> apply(List<Product> products, int limit) {
        return products.stream().filter(this::test).limit(limit).toList();
    }
}
