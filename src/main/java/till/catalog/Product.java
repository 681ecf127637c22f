package till.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product that can be sold at the till ({@code product.product} with {@code available_in_pos}). Immutable.
 *
 * @param defaultCode the internal reference, or empty
 * @param barcode     the barcode, or empty
 * @param listPrice   the sales price as configured (tax included or not, as its taxes say)
 * @param categoryId  the POS category, or null
 */
public record Product(
        long id,
        String name,
        String defaultCode,
        String barcode,
        BigDecimal listPrice,
        Long categoryId,
        List<Long> taxIds) {

    public Product {
        defaultCode = defaultCode == null ? "" : defaultCode;
        barcode = barcode == null ? "" : barcode;
        taxIds = List.copyOf(taxIds);
    }
}
