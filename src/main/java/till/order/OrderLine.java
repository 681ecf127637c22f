package till.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an order: a product, a quantity, a unit price and a discount. Immutable.
 *
 * @param lineId      1-based number of the line within its order (Odoo's line {@code id} in the order JSON)
 * @param productName the name at the time of sale ({@code full_product_name})
 * @param discount    percent, 0 to 100
 * @param taxIds      the taxes applied, copied from the product when the line was added
 * @param refundOf    the original line this line refunds, or null for a sale (orders stored before refunds existed
 *                    read back with null)
 */
public record OrderLine(
        int lineId,
        long productId,
        String productName,
        BigDecimal qty,
        BigDecimal priceUnit,
        BigDecimal discount,
        List<Long> taxIds,
        RefundLink refundOf) {

    public OrderLine {
        taxIds = List.copyOf(taxIds);
    }

    /** A line of a sale: no refund link. */
    public OrderLine(int lineId, long productId, String productName, BigDecimal qty, BigDecimal priceUnit,
                     BigDecimal discount, List<Long> taxIds) {
        this(lineId, productId, productName, qty, priceUnit, discount, taxIds, null);
    }

    public OrderLine withQty(BigDecimal newQty) {
        return new OrderLine(lineId, productId, productName, newQty, priceUnit, discount, taxIds, refundOf);
    }

    public OrderLine withPriceUnit(BigDecimal newPrice) {
        return new OrderLine(lineId, productId, productName, qty, newPrice, discount, taxIds, refundOf);
    }

    public OrderLine withDiscount(BigDecimal newDiscount) {
        return new OrderLine(lineId, productId, productName, qty, priceUnit, newDiscount, taxIds, refundOf);
    }
}
