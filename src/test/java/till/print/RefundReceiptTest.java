package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.order.PaidOrder;
import till.refunds.RefundRequest;
import till.refunds.Refunds;
import till.refunds.ServerRefunds;
import till.store.TillStore;
import till.testsupport.RefundOrders;

/** A refund's receipt is titled as a refund with the original's reference, and shows the negative amounts. */
class RefundReceiptTest {

    @TempDir
    Path dir;

    @Test
    void aRefundsReceiptIsTitledWithTheOriginalsReferenceAndASalesIsNot() throws Exception {
        Catalog catalog = RefundOrders.catalog(7);
        try (TillStore store = TillStore.open(dir, Clock.systemUTC())) {
            PaidOrder original = RefundOrders.original(7, 100, 27, 49, 2, Instant.parse("2026-12-01T10:00:00Z"));
            store.outbox().commitPaid(original);
            PaidOrder refund = new Refunds(() -> catalog, store.refundHistory(), ServerRefunds.NONE,
                    store.orderNumbers(), store.outbox(), Clock.systemUTC()).refund(new RefundRequest(original.uid(),
                    Map.of(3, BigDecimal.ONE), 1));

            String text = ReceiptText.show(refund, catalog, ZoneOffset.UTC, PaperWidth.MM80, false);
            String sale = ReceiptText.show(original, catalog, ZoneOffset.UTC, PaperWidth.MM80, false);

            assertThat(text).contains("REFUND of " + original.name()).contains("-4.00").contains(refund.name());
            assertThat(sale).doesNotContain("REFUND");
        }
    }
}
