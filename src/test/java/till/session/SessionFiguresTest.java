package till.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.PaymentMethod;
import till.order.OrderLine;
import till.order.OrderTotals;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.order.PaymentLine;
import till.outbox.OutboxState;
import till.store.TillStore;
import till.testsupport.PaidOrders;

/** The session's figures as the store holds its orders: a real H2 file in a temp dir. */
class SessionFiguresTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final List<PaymentMethod> METHODS = List.of(new PaymentMethod(1, "Cash", true),
            new PaymentMethod(2, "Bank", false), new PaymentMethod(3, "Customer Account", false));

    @TempDir
    Path dir;
    private TillStore store;

    @BeforeEach
    void open() {
        store = TillStore.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void cashExpectedIsOpeningCashPlusCashTakenMinusChange() {
        store.outbox().commitPaid(cashOrder(7, 1, "42.50", "50.00"));
        store.outbox().commitPaid(PaidOrders.paid(7, 2, 6, "10.00", 2, AT));

        SessionFigures figures = SessionFigures.of(7, new BigDecimal("100.00"), METHODS,
                store.sessionOrders().of(7));

        assertThat(figures.orderCount()).isEqualTo(2);
        assertThat(figures.expectedCash()).isEqualByComparingTo("142.50");
        assertThat(figures.methods()).extracting(MethodTotal::name, m -> ZReport.money(m.expected()))
                .containsExactly(Tuple.tuple("Cash", "142.50"),
                        Tuple.tuple("Bank", "10.00"),
                        Tuple.tuple("Customer Account", "0.00"));
        assertThat(figures.total()).isEqualByComparingTo("52.50");
        assertThat(figures.taxes()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo(
                "5.54"));
    }

    @Test
    void onlyTheSessionsOwnOrdersCount() {
        store.outbox().commitPaid(PaidOrders.paid(7, 1, 6, "10.00", 2, AT));
        store.outbox().commitPaid(PaidOrders.paid(8, 1, 6, "99.00", 2, AT));
        store.outbox().commitPaid(PaidOrders.paid(70, 1, 6, "55.00", 2, AT));

        SessionFigures figures = SessionFigures.of(7, BigDecimal.ZERO, METHODS, store.sessionOrders().of(7));

        assertThat(figures.orderCount()).isEqualTo(1);
        assertThat(figures.total()).isEqualByComparingTo("10.00");
    }

    @Test
    void everyOrderNotConfirmedByTheServerIsListedAsUnsent() {
        PaidOrder sent = PaidOrders.paid(7, 1, 6, "10.00", 2, AT);
        PaidOrder waiting = PaidOrders.paid(7, 2, 6, "11.00", 2, AT);
        PaidOrder rejected = PaidOrders.paid(7, 3, 6, "12.00", 2, AT);
        PaidOrder unknown = PaidOrders.paid(7, 4, 6, "13.00", 2, AT);
        List.of(sent, waiting, rejected, unknown).forEach(store.outbox()::commitPaid);
        store.outboxQueue().claim(4, java.util.Set.of());
        store.outboxQueue().markSent(List.of(sent.uid()));
        store.outboxQueue().markRejected(rejected.uid(), "Product is archived");
        store.outboxQueue().markUnknown(List.of(unknown.uid()), "no answer in time");
        store.outboxQueue().release(List.of(waiting.uid()), "server down");

        SessionFigures figures = SessionFigures.of(7, BigDecimal.ZERO, METHODS, store.sessionOrders().of(7));

        assertThat(figures.allConfirmed()).isFalse();
        assertThat(figures.unsent()).extracting(UnsentOrder::uid, UnsentOrder::state).containsExactly(
                Tuple.tuple(waiting.uid(), OutboxState.WAITING),
                Tuple.tuple(rejected.uid(), OutboxState.REJECTED),
                Tuple.tuple(unknown.uid(), OutboxState.UNKNOWN));
        assertThat(figures.unsent().get(1).lastError()).isEqualTo("Product is archived");
    }

    @Test
    void aSessionWithoutOrdersExpectsItsOpeningCash() {
        SessionFigures figures = SessionFigures.of(7, new BigDecimal("80"), METHODS, store.sessionOrders().of(7));

        assertThat(figures.orderCount()).isZero();
        assertThat(figures.expectedCash()).isEqualByComparingTo("80");
        assertThat(figures.allConfirmed()).isTrue();
    }

    /** One line with a 15 % tax included in 42.50, paid 50.00 in cash with 7.50 change. */
    static PaidOrder cashOrder(long session, int sequence, String total, String tendered) {
        BigDecimal amount = new BigDecimal(total);
        BigDecimal tax = new BigDecimal("5.54");
        OrderLine line = new OrderLine(1, 6, "Product 6", BigDecimal.ONE, amount, BigDecimal.ZERO, List.of(1L));
        OrderTotals totals = new OrderTotals(List.of(new OrderTotals.LineTotals(1, amount.subtract(tax), amount)),
                List.of(new OrderTotals.TaxAmount(1, "Tax 15%", tax)), amount.subtract(tax), tax, amount);
        BigDecimal given = new BigDecimal(tendered);
        PaymentLine cash = new PaymentLine(1, "Cash", true, given, AT);
        return new PaidOrder(new OrderUid(session, 1, sequence), AT.minusSeconds(30), AT, null, List.of(line),
                List.of(cash), totals, amount, given.subtract(amount));
    }
}
