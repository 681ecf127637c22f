package till.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.order.OrderLine;
import till.order.PaidOrder;
import till.order.RefundLink;
import till.store.TillStore;
import till.testsupport.MutableClock;
import till.testsupport.RefundOrders;
import till.testsupport.SenderRig;

/**
 * Refunds on a real store: the refund mirrors the original's lines with negative quantities and links, pays out the
 * exact total, and a line is never refunded beyond its quantity, counting this till's stored refunds (also after a
 * restart) and the server's count when it has one; the outbox holds a refund back until its original is sent.
 */
class RefundsTest {

    private static final long SESSION = 7;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(SenderRig.T0);
    private TillStore store;
    private PaidOrder original;

    @BeforeEach
    void open() {
        store = TillStore.open(dir, clock);
        original = RefundOrders.original(SESSION, 100, 27, 49, 2, SenderRig.T0);
        store.outbox().commitPaid(original);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Refunds refunds(ServerRefunds server) {
        Catalog catalog = RefundOrders.catalog(SESSION);
        return new Refunds(() -> catalog, store.refundHistory(), server, store.orderNumbers(), store.outbox(), clock);
    }

    @Test
    void aRefundGivesBackTheChosenLinesAtTheOriginalsPricesLinkedToThemAndPaysOutTheTotal() throws Exception {
        PaidOrder refund = refunds(ServerRefunds.NONE).refund(new RefundRequest("Order " + original.uid(),
                Map.of(3, BigDecimal.ONE, 1, new BigDecimal("2")), 1));

        assertThat(refund.lines()).extracting(OrderLine::qty).containsExactly(new BigDecimal("-2"),
                new BigDecimal("-1"));
        assertThat(refund.lines()).extracting(OrderLine::priceUnit).containsExactly(new BigDecimal("2.50"),
                new BigDecimal("4.00"));
        assertThat(refund.lines()).extracting(OrderLine::refundOf).containsExactly(
                new RefundLink(original.uid(), 1, 0), new RefundLink(original.uid(), 3, 1));
        assertThat(refund.totals().total()).isEqualByComparingTo("-9.00");
        assertThat(refund.payments()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("-9.00");
            assertThat(p.cash()).isTrue();
        });
        assertThat(refund.identity().sessionId()).isEqualTo(SESSION);
        assertThat(store.outbox().find(refund.uid())).contains(refund);
    }

    @Test
    void aLineIsNeverRefundedBeyondItsQuantityAlsoAfterARestart() throws Exception {
        refunds(ServerRefunds.NONE).refund(new RefundRequest(original.uid(), Map.of(1, new BigDecimal("2")), 1));
        store.close();
        store = TillStore.open(dir, clock);
        Refunds again = refunds(ServerRefunds.NONE);

        assertThat(again.refundable(original.uid()).line(1).orElseThrow().left()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> again.refund(new RefundRequest(original.uid(), Map.of(1, new BigDecimal("2")), 1)))
                .isInstanceOf(RefundRefused.class)
                .hasMessage("Line 1 (Product 27): only 1 of 3 can still be refunded, not 2.");
        again.refund(new RefundRequest(original.uid(), Map.of(1, BigDecimal.ONE), 1));
        assertThatThrownBy(() -> again.refund(new RefundRequest(original.uid(), Map.of(1, BigDecimal.ONE), 1)))
                .isInstanceOf(RefundRefused.class).hasMessage("Line 1 (Product 27) is already refunded in full (3 of 3).");
        assertThat(store.outbox().list()).hasSize(3);
    }

    @Test
    void theServersCountLowersWhatIsLeftWhenItIsHigherThanTheTills() throws Exception {
        Refunds refunds = refunds(order -> Optional.of(Map.of(3, new BigDecimal("2"))));

        Refundable refundable = refunds.refundable(original.uid());

        assertThat(refundable.serverChecked()).isTrue();
        assertThat(refundable.line(3).orElseThrow().left()).isEqualByComparingTo("0");
        assertThat(refundable.line(1).orElseThrow().left()).isEqualByComparingTo("3");
        assertThatThrownBy(() -> refunds.refund(new RefundRequest(original.uid(), Map.of(3, BigDecimal.ONE), 1)))
                .isInstanceOf(RefundRefused.class).hasMessageContaining("already refunded in full");
    }

    @Test
    void unknownOrdersLinesMethodsEmptyChoicesAndRefundsOfRefundsAreRefusedInWords() throws Exception {
        Refunds refunds = refunds(ServerRefunds.NONE);

        assertThatThrownBy(() -> refunds.refundable("00007-001-0999")).isInstanceOf(RefundRefused.class)
                .hasMessageStartingWith("No paid order 00007-001-0999 on this till");
        assertThatThrownBy(() -> refunds.refund(new RefundRequest(original.uid(), Map.of(2, BigDecimal.ONE), 1)))
                .hasMessage("Order " + original.uid() + " has no line 2.");
        assertThatThrownBy(() -> refunds.refund(new RefundRequest(original.uid(), Map.of(1, BigDecimal.ONE), 99)))
                .hasMessage("No payment method 99 at this till.");
        assertThatThrownBy(() -> refunds.refund(new RefundRequest(original.uid(), Map.of(1, BigDecimal.ZERO), 1)))
                .hasMessage("Choose at least one line and a quantity to refund.");
        PaidOrder refund = refunds.refund(new RefundRequest(original.uid(), Map.of(1, BigDecimal.ONE), 1));
        assertThatThrownBy(() -> refunds.refundable(refund.uid()))
                .hasMessage("Order " + refund.uid() + " is itself a refund; a refund cannot be refunded.");
        assertThat(store.outbox().list()).hasSize(2);
    }

    @Test
    void theOutboxHoldsARefundBackUntilItsOriginalIsSent() throws Exception {
        PaidOrder refund = refunds(ServerRefunds.NONE).refund(new RefundRequest(original.uid(),
                Map.of(1, BigDecimal.ONE), 1));

        assertThat(store.outboxQueue().claim(10, Set.of())).extracting(PaidOrder::uid)
                .containsExactly(original.uid());
        assertThat(store.outboxQueue().claim(10, Set.of())).as("still SENDING, not confirmed").isEmpty();
        store.outboxQueue().markSent(Set.of(original.uid()));

        assertThat(store.outboxQueue().claim(10, Set.of())).extracting(PaidOrder::uid).containsExactly(refund.uid());
    }
}
