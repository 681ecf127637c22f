package till.register;

import java.math.BigDecimal;
import java.util.List;
import till.catalog.Product;
import till.order.OpenOrder;
import till.order.OrderLine;

/** The order edits that need a rule: finding lines and merging a scanned product into one. Stateless. */
final class LineEdits {

    private LineEdits() {
    }

    /**
     * Adds one unit of the product. Like Odoo, it merges into the last line of the same product at the same unit
     * price with no discount; refund lines (negative quantity) are never merged, as Odoo keeps them apart too.
     */
    static OpenOrder addOne(OpenOrder order, Product product) {
        List<OrderLine> lines = order.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            OrderLine line = lines.get(i);
            if (mergeable(line, product)) {
                return order.replaceLine(line.withQty(line.qty().add(BigDecimal.ONE)));
            }
        }
        return order.plusLine(new OrderLine(0, product.id(), product.name(), BigDecimal.ONE, product.listPrice(),
                BigDecimal.ZERO, product.taxIds()));
    }

    private static boolean mergeable(OrderLine line, Product product) {
        return line.productId() == product.id()
                && line.discount().signum() == 0
                && line.qty().signum() > 0
                && line.priceUnit().compareTo(product.listPrice()) == 0
                && line.taxIds().equals(product.taxIds());
    }

    static OrderLine line(OpenOrder order, int lineId) {
        return order.lines().stream()
                .filter(l -> l.lineId() == lineId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Order " + order.uid() + " has no line " + lineId));
    }

    static int paymentIndex(OpenOrder order, int index) {
        if (index < 0 || index >= order.payments().size()) {
            throw new IllegalArgumentException("Order " + order.uid() + " has no payment " + (index + 1));
        }
        return index;
    }
}
