package till.sell;

import java.util.Locale;

/**
 * Which products the grid shows: those of a category (or all) whose name, internal reference or barcode contains
 * the search text, ignoring case (applied by {@link ProductIndex}). Immutable.
 *
 * @param categoryId the category, or null for all
 * @param query      the search text, possibly empty
 */
public record ProductFilter(Long categoryId, String query) {

    public ProductFilter {
        query = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }
}
