package till.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.order.PaidOrder;
import till.store.TillStore;
import till.testsupport.PaidOrders;

/**
 * The order history from a real H2 store in a temp dir: the session's orders newest first, each with its customer,
 * payment methods and the outbox's sending state (held told apart from waiting), and the search by reference,
 * customer and amount.
 */
class OrderHistoryTest {

    static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path dir;

    private TillStore store;
    private final Catalog catalog = DemoCatalog.load();

    @BeforeEach
    void open() {
        store = TillStore.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Order {@code n} of session 1 paid {@code n} minutes after noon, for {@code price}, by customer (or null). */
    static PaidOrder order(int n, String price, Long customer) {
        PaidOrder p = PaidOrders.paid(1, n, 5, price, 2, NOON.plusSeconds(60L * n));
        return new PaidOrder(p.identity(), p.createdAt(), p.paidAt(), customer, p.lines(), p.payments(), p.totals(),
                p.amountPaid(), p.amountReturn());
    }

    @Test
    void listsTheSessionsOrdersNewestFirstWithTheirSendingState() {
        for (int n = 1; n <= 6; n++) {
            store.outbox().commitPaid(order(n, n + ".00", n == 2 ? 7L : null));
        }
        store.outbox().commitPaid(PaidOrders.paid(2, 1, 5, "9.00", 2, NOON.plusSeconds(3600)));
        List<String> uids = store.outboxQueue().claim(5, Set.of()).stream().map(PaidOrder::uid).toList();
        store.outboxQueue().markSent(List.of(uids.get(0)));
        store.outboxQueue().markRejected(uids.get(1), "Product 5 is archived");
        store.outboxQueue().markUnknown(List.of(uids.get(2)), "no answer in 30 s");
        store.outboxQueue().release(List.of(uids.get(4)), "Session POS/00001 is closed on the server; Odoo would put"
                + " these orders into a rescue session.");

        List<HistoryEntry> history = new OrderHistory(store.sessionOrders()).of(1, catalog);

        assertThat(history).extracting(HistoryEntry::uid).containsExactly("00001-001-0006", "00001-001-0005",
                "00001-001-0004", "00001-001-0003", "00001-001-0002", "00001-001-0001");
        assertThat(history).extracting(e -> e.state().word()).containsExactly("waiting", "held", "sending",
                "unknown outcome", "rejected", "sent");
        HistoryEntry rejected = history.get(4);
        assertThat(rejected.customer()).isEqualTo("Deco Addict");
        assertThat(rejected.methods()).containsExactly("Method 2");
        assertThat(rejected.lastError()).isEqualTo("Product 5 is archived");
        assertThat(rejected.total()).isEqualByComparingTo("2.00");
        assertThat(history.get(1).lastError()).contains("closed on the server");
    }

    @Test
    void searchFindsAPartialReferenceACustomerAndAnAmountTypedWithAPointOrAComma() {
        store.outbox().commitPaid(order(1, "12.50", 7L));
        store.outbox().commitPaid(order(2, "3.20", 8L));
        store.outbox().commitPaid(order(3, "12.05", null));
        List<HistoryEntry> history = new OrderHistory(store.sessionOrders()).of(1, catalog);

        assertThat(OrderHistory.search(history, "12.50")).extracting(HistoryEntry::uid)
                .containsExactly("00001-001-0001");
        assertThat(OrderHistory.search(history, "12,50")).extracting(HistoryEntry::uid)
                .containsExactly("00001-001-0001");
        assertThat(OrderHistory.search(history, "gemini")).extracting(HistoryEntry::uid)
                .containsExactly("00001-001-0002");
        assertThat(OrderHistory.search(history, "-0003")).extracting(HistoryEntry::uid)
                .containsExactly("00001-001-0003");
        assertThat(OrderHistory.search(history, "Order 00001")).hasSize(3);
        assertThat(OrderHistory.search(history, "  ")).hasSize(3);
        assertThat(OrderHistory.search(history, "nobody")).isEmpty();
    }
}
