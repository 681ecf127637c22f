package till.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.order.OpenOrder;
import till.order.OrderLine;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.testsupport.FakeOpenOrders;
import till.testsupport.FakeOrderNumbers;
import till.testsupport.MutableClock;
import till.testsupport.RecordingOutbox;

class RegisterTest {

    private static final long OFFICE_LAMP = 6;
    private static final long WHITEBOARD_PEN = 49;
    private static final long CASH = 1;
    private static final long BANK = 2;

    private final Catalog catalog = DemoCatalog.load();
    private final FakeOpenOrders openOrders = new FakeOpenOrders();
    private final RecordingOutbox outbox = new RecordingOutbox(openOrders);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T21:52:37Z"));
    private final Register register = new Register(() -> catalog, openOrders, new FakeOrderNumbers(), outbox, clock);

    @Test
    void newOrderTakesTheNextNumberOfTheSessionAndIsSaved() {
        OpenOrder first = register.newOrder();
        OpenOrder second = register.newOrder();

        assertThat(first.identity()).isEqualTo(new OrderUid(1, 1, 1));
        assertThat(second.uid()).isEqualTo("00001-001-0002");
        assertThat(first.createdAt()).isEqualTo(clock.instant());
        assertThat(register.openOrders()).containsExactly(first, second);
    }

    @Test
    void addingTheSameProductTwiceMergesIntoOneLine() {
        OpenOrder order = register.newOrder();

        order = register.addProduct(order, WHITEBOARD_PEN);
        order = register.addProduct(order, OFFICE_LAMP);
        order = register.addProduct(order, WHITEBOARD_PEN);

        assertThat(order.lines()).extracting(OrderLine::productId, l -> l.qty().intValueExact())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WHITEBOARD_PEN, 2),
                        org.assertj.core.groups.Tuple.tuple(OFFICE_LAMP, 1));
        assertThat(order.lines().get(1).taxIds()).containsExactly(1L);
        assertThat(order.lines().get(1).priceUnit()).isEqualByComparingTo("40.00");
    }

    @Test
    void aDiscountedOrRepricedLineIsNotMergedInto() {
        OpenOrder order = register.addProduct(register.newOrder(), WHITEBOARD_PEN);
        order = register.setDiscount(order, 1, BigDecimal.TEN);
        order = register.addProduct(order, WHITEBOARD_PEN);
        order = register.setPrice(order, 2, new BigDecimal("1.00"));
        order = register.addProduct(order, WHITEBOARD_PEN);

        assertThat(order.lines()).hasSize(3);
        assertThat(order.lines()).allSatisfy(l -> assertThat(l.qty()).isEqualByComparingTo("1"));
    }

    @Test
    void aKnownBarcodeAddsItsProductAndAnUnknownOneChangesNothing() {
        OpenOrder order = register.newOrder();
        String lampBarcode = catalog.product(OFFICE_LAMP).orElseThrow().barcode();
        int savesBefore = openOrders.saves().size();

        Optional<OpenOrder> unknown = register.addBarcode(order, "0000000000000");
        Optional<OpenOrder> known = register.addBarcode(order, lampBarcode + "\n");

        assertThat(unknown).isEmpty();
        assertThat(known).get().extracting(o -> o.lines().get(0).productId()).isEqualTo(OFFICE_LAMP);
        assertThat(openOrders.saves()).hasSize(savesBefore + 1);
    }

    @Test
    void everyChangeIsSavedBeforeItIsReturned() {
        OpenOrder order = register.newOrder();
        order = assertSaved(register.addProduct(order, OFFICE_LAMP));
        order = assertSaved(register.setQuantity(order, 1, new BigDecimal("3")));
        order = assertSaved(register.setDiscount(order, 1, new BigDecimal("5")));
        order = assertSaved(register.setPrice(order, 1, new BigDecimal("39.00")));
        order = assertSaved(register.setCustomer(order, 7L));
        order = assertSaved(register.addPayment(order, BANK, new BigDecimal("10")));
        order = assertSaved(register.setPaymentAmount(order, 0, new BigDecimal("12.345")));
        order = assertSaved(register.removePayment(order, 0));
        order = assertSaved(register.removeLine(order, 1));

        assertThat(order.lines()).isEmpty();
        assertThat(order.customerId()).isEqualTo(7L);
    }

    @Test
    void aPaymentWithoutAmountTakesWhatRemains() {
        OpenOrder order = register.addProduct(register.newOrder(), OFFICE_LAMP);
        order = register.addPayment(order, BANK, new BigDecimal("20"));
        order = register.addPayment(order, CASH, null);

        assertThat(order.payments().get(1).amount()).isEqualByComparingTo("26.00");
        assertThat(register.paymentStatus(order).fullyPaid()).isTrue();
    }

    @Test
    void payRefusesAnUnderpaidOrderAndCommitsNothing() {
        OpenOrder order = register.addProduct(register.newOrder(), OFFICE_LAMP);
        OpenOrder underpaid = register.addPayment(order, CASH, new BigDecimal("40"));

        assertThatThrownBy(() -> register.pay(underpaid))
                .isInstanceOf(NotPaidException.class)
                .hasMessage("Still to pay: $ 6.00.");
        assertThat(outbox.committed()).isEmpty();
        assertThat(openOrders.stored(order.uid())).isEqualTo(underpaid);
    }

    @Test
    void payRefusesWhenACardOverpaysBecauseOnlyCashGivesChange() {
        OpenOrder order = register.addProduct(register.newOrder(), OFFICE_LAMP);
        OpenOrder cardTooMuch = register.addPayment(order, BANK, new BigDecimal("50"));

        assertThatThrownBy(() -> register.pay(cardTooMuch))
                .isInstanceOf(NotPaidException.class)
                .hasMessageContaining("change is only given in cash");
        assertThat(outbox.committed()).isEmpty();
    }

    @Test
    void payRefusesAnEmptyOrder() {
        OpenOrder empty = register.newOrder();

        assertThatThrownBy(() -> register.pay(empty)).isInstanceOf(NotPaidException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void splitTenderWithCashChangeCommitsExactlyOnePaidOrderWithTheRightAmounts() throws Exception {
        OpenOrder order = register.addProduct(register.newOrder(), OFFICE_LAMP);
        order = register.addProduct(order, WHITEBOARD_PEN);
        order = register.addProduct(order, WHITEBOARD_PEN);
        order = register.addPayment(order, BANK, new BigDecimal("20"));
        order = register.addPayment(order, CASH, new BigDecimal("30"));
        clock.advance(Duration.ofMinutes(2));
        int savesBefore = openOrders.saves().size();

        PaidOrder paid = register.pay(order);

        // 40.00 + 15 % = 46.00, plus 2 × 1.20 = 48.40; tendered 50.00, so 1.60 change from the 30.00 cash.
        assertThat(outbox.committed()).containsExactly(paid);
        assertThat(paid.totals().total()).isEqualByComparingTo("48.40");
        assertThat(paid.totals().tax()).isEqualByComparingTo("6.00");
        assertThat(paid.amountReturn()).isEqualByComparingTo("1.60");
        assertThat(paid.amountPaid()).isEqualByComparingTo("48.40");
        assertThat(paid.paidAt()).isEqualTo(clock.instant());
        assertThat(paid.createdAt()).isEqualTo(order.createdAt());
        assertThat(paid.identity()).isEqualTo(order.identity());
        assertThat(paid.lines()).isEqualTo(order.lines());
        assertThat(paid.payments()).isEqualTo(order.payments());
        assertThat(openOrders.saves()).as("pay saves no open order").hasSize(savesBefore);
    }

    @Test
    void payLeavesRemovingTheOpenOrderToTheOutbox() throws Exception {
        RecordingOutbox inert = new RecordingOutbox();
        Register withInertOutbox = new Register(() -> catalog, openOrders, new FakeOrderNumbers(), inert, clock);
        OpenOrder order = withInertOutbox.addProduct(withInertOutbox.newOrder(), WHITEBOARD_PEN);
        order = withInertOutbox.addPayment(order, CASH, null);

        withInertOutbox.pay(order);

        assertThat(inert.committed()).hasSize(1);
        assertThat(openOrders.all()).extracting(OpenOrder::uid).containsExactly(order.uid());
    }

    @Test
    void aPaidOrderCannotBeChangedOrPaidAgain() throws Exception {
        OpenOrder order = register.addProduct(register.newOrder(), WHITEBOARD_PEN);
        OpenOrder ready = register.addPayment(order, CASH, null);
        register.pay(ready);

        assertThatThrownBy(() -> register.addProduct(ready, WHITEBOARD_PEN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already paid");
        assertThatThrownBy(() -> register.pay(ready)).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.committed()).hasSize(1);
        assertThat(openOrders.all()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsSaved() {
        OpenOrder order = register.addProduct(register.newOrder(), WHITEBOARD_PEN);
        int saves = openOrders.saves().size();

        assertThatThrownBy(() -> register.addProduct(order, 999_999)).hasMessageContaining("No product");
        assertThatThrownBy(() -> register.setQuantity(order, 42, BigDecimal.ONE)).hasMessageContaining("no line 42");
        assertThatThrownBy(() -> register.setDiscount(order, 1, new BigDecimal("101")))
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> register.setCustomer(order, 999L)).hasMessageContaining("No customer");
        assertThatThrownBy(() -> register.addPayment(order, 99, null)).hasMessageContaining("No payment method");
        assertThatThrownBy(() -> register.removePayment(order, 0)).hasMessageContaining("no payment 1");
        assertThat(openOrders.saves()).hasSize(saves);
    }

    @Test
    void discardRemovesTheOpenOrder() {
        OpenOrder order = register.addProduct(register.newOrder(), WHITEBOARD_PEN);

        register.discard(order);

        assertThat(register.openOrders()).isEmpty();
    }

    private OpenOrder assertSaved(OpenOrder returned) {
        List<OpenOrder> saves = openOrders.saves();
        assertThat(saves.get(saves.size() - 1)).isEqualTo(returned);
        return returned;
    }
}
