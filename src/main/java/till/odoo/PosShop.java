package till.odoo;

import java.util.Optional;
import till.catalog.ProductFeed;

/**
 * What a connect reads before the products: the snapshot (its catalog without products where a feed is given) and,
 * where the server's version pages its products, the feed they come through in the background. Immutable.
 */
public record PosShop(PosSnapshot snapshot, Optional<ProductFeed> products) {
}
