package till.demoserver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a back-office user does to the products between two connects of a till: change prices, archive one, take one
 * out of the POS; each stamps a new {@code write_date}, as Odoo's {@code write} does. Thread-safe (locks the data).
 */
final class ProductChanges {

    private final DemoData data;
    private final WriteDates writes;

    ProductChanges(DemoData data, WriteDates writes) {
        this.data = data;
        this.writes = writes;
    }

    /**
     * Raises the price of {@code count} products spread evenly over the catalog by 0.10; returns their ids.
     *
     * @throws IllegalArgumentException when the demo has fewer products
     */
    List<Integer> changePrices(int count) {
        synchronized (data) {
            List<ObjectNode> all = data.all("product.product");
            if (count > all.size()) {
                throw new IllegalArgumentException("the demo has " + all.size() + " products, not " + count);
            }
            List<Integer> changed = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                ObjectNode product = data.live("product.product", all.get(n * all.size() / count).get("id").asInt());
                BigDecimal price = product.path("lst_price").decimalValue().add(new BigDecimal("0.10"))
                        .setScale(2, RoundingMode.HALF_UP);
                product.put("lst_price", price.doubleValue());
                if (product.has("list_price")) {
                    product.put("list_price", price.doubleValue());
                }
                writes.stamp(product);
                changed.add(product.get("id").asInt());
            }
            return changed;
        }
    }

    /** Sets a product field ({@code active}, {@code available_in_pos}, {@code sale_ok}) as a back-office edit. */
    void set(int productId, String field, boolean value) {
        synchronized (data) {
            ObjectNode product = data.live("product.product", productId);
            if (product == null) {
                throw new IllegalArgumentException("no product " + productId);
            }
            product.put(field, value);
            writes.stamp(product);
        }
    }

    /** Stamps a product written now, after an edit made elsewhere (a price, a name). */
    void written(ObjectNode product) {
        writes.stamp(product);
    }
}
