package till.print;

import java.time.ZoneId;
import java.util.function.Supplier;
import till.catalog.Catalog;
import till.order.PaidOrder;

/** Makes the receipt document of a paid order when it prints. Implementations are thread-safe. */
@FunctionalInterface
public interface ReceiptSource {

    ReceiptDocument receipt(PaidOrder paid, boolean duplicate);

    /** Receipts with the shop's data of the catalog in use when they print. */
    static ReceiptSource of(Supplier<Catalog> catalog, ZoneId zone) {
        ReceiptBuilder builder = new ReceiptBuilder(zone);
        return (paid, duplicate) -> builder.build(paid, catalog.get(), duplicate);
    }
}
