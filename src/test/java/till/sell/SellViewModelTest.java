package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.fx.Async;
import till.order.OrderLine;
import till.register.Register;
import till.testsupport.FakeOpenOrders;
import till.testsupport.FakeOrderNumbers;
import till.testsupport.MutableClock;
import till.testsupport.RecordingOutbox;

/** The view models' logic on same-thread executors, without the JavaFX toolkit. */
class SellViewModelTest {

    private static final long OFFICE_LAMP = 6;
    private static final long WHITEBOARD_PEN = 49;
    private static final long CASH = 1;
    private static final long BANK = 2;

    private final Catalog catalog = DemoCatalog.load();
    private final FakeOpenOrders openOrders = new FakeOpenOrders();
    private final RecordingOutbox outbox = new RecordingOutbox(openOrders);
    private final Register register = new Register(() -> catalog, openOrders, new FakeOrderNumbers(), outbox,
            new MutableClock(Instant.parse("2026-11-29T21:52:37Z")));
    private SellScreenModels models;
    private SellViewModel sell;

    @BeforeEach
    void start() {
        models = SellScreenModels.create(register, catalog, Async.sameThread(), Async.sameThread(), Messages.forLocale(Locale.ROOT),
                ZoneOffset.UTC);
        sell = models.sell();
        models.session().start();
    }

    private OrderLine line(int index) {
        return models.session().current().get().order().lines().get(index);
    }

    @Test
    void startingWithNoOpenOrderCreatesOne() {
        assertThat(models.session().orders()).hasSize(1);
        assertThat(openOrders.all()).hasSize(1);
    }

    @Test
    void theAddedLineIsSelectedAndTheNumpadSetsItsQuantity() {
        sell.addProduct(WHITEBOARD_PEN);
        sell.addProduct(OFFICE_LAMP);
        sell.digit(1);
        sell.digit(2);

        assertThat(line(1).qty()).isEqualByComparingTo("12");
        assertThat(line(0).qty()).isEqualByComparingTo("1");
    }

    @Test
    void discountModeSetsThePercentAndCapsItAtAHundred() {
        sell.addProduct(OFFICE_LAMP);
        sell.setMode(NumpadMode.DISCOUNT);
        sell.digit(1);
        sell.digit(5);
        assertThat(line(0).discount()).isEqualByComparingTo("15");
        sell.digit(0);
        assertThat(line(0).discount()).isEqualByComparingTo("100");
    }

    @Test
    void priceModeWithADecimalPointSetsTheUnitPrice() {
        sell.addProduct(OFFICE_LAMP);
        sell.setMode(NumpadMode.PRICE);
        sell.digit(9);
        sell.decimalPoint();
        sell.digit(5);
        assertThat(line(0).priceUnit()).isEqualByComparingTo("9.5");
    }

    @Test
    void plusMinusTurnsTheQuantityIntoARefund() {
        sell.addProduct(OFFICE_LAMP);
        sell.toggleSign();
        assertThat(line(0).qty()).isEqualByComparingTo("-1");
    }

    @Test
    void backspaceOnAFreshEntryInQuantityModeRemovesTheLine() {
        sell.addProduct(WHITEBOARD_PEN);
        sell.addProduct(OFFICE_LAMP);
        sell.backspace();
        assertThat(models.session().current().get().order().lines()).extracting(OrderLine::productId)
                .containsExactly(WHITEBOARD_PEN);
        assertThat(sell.selectedLine().get()).isEqualTo(1);
    }

    @Test
    void anUnknownBarcodeTellsTheCashierAndChangesNothing() {
        sell.scanBarcode("999999");
        assertThat(models.session().notice().get().text()).contains("999999");
        assertThat(models.session().notice().get().error()).isTrue();
        assertThat(models.session().current().get().order().lines()).isEmpty();
    }

    @Test
    void anUnknownBarcodeBeepsOnceAndAKnownOneDoesNot() {
        int[] beeps = new int[1];
        SellScreenModels beeping = SellScreenModels.create(register, catalog, Async.sameThread(), Async.sameThread(),
                Messages.forLocale(Locale.ROOT), ZoneOffset.UTC, new MoneyFormat(catalog.settings().currency()),
                () -> beeps[0]++);
        beeping.session().start();

        beeping.sell().scanBarcode("2000000000275");
        assertThat(beeps[0]).isZero();
        beeping.sell().scanBarcode("999999");
        assertThat(beeps[0]).isEqualTo(1);
    }

    @Test
    void aCardPaymentAboveTheTotalIsRefusedBeforeValidate() {
        sell.addProduct(OFFICE_LAMP);
        sell.pay();
        PaymentViewModel payment = models.payment();
        payment.addPayment(BANK);
        payment.digit(6);
        payment.digit(0);

        assertThat(payment.refusal().get()).contains("cash");
        assertThat(payment.validateDisabled().get()).isTrue();
        payment.validate();
        assertThat(outbox.committed()).isEmpty();
    }

    @Test
    void aNonEmptyOrderIsDiscardedOnlyOnTheSecondTap() {
        sell.addProduct(OFFICE_LAMP);
        String uid = models.session().current().get().uid();
        models.session().discardCurrent();
        assertThat(openOrders.stored(uid)).isNotNull();
        models.session().discardCurrent();
        assertThat(openOrders.stored(uid)).isNull();
        assertThat(models.session().current().get().uid()).isNotEqualTo(uid);
    }

    @Test
    void validateStaysDisabledUntilFullyPaidAndPaysOnce() {
        sell.addProduct(OFFICE_LAMP);
        sell.pay();
        PaymentViewModel payment = models.payment();
        payment.addPayment(BANK);
        payment.digit(2);
        payment.digit(0);
        assertThat(payment.validateDisabled().get()).isTrue();
        payment.addPayment(CASH);
        payment.digit(5);
        payment.digit(0);
        assertThat(models.session().current().get().payment().change()).isEqualByComparingTo("24.00");
        assertThat(payment.validateDisabled().get()).isFalse();

        payment.validate();

        assertThat(outbox.committed()).hasSize(1);
        assertThat(outbox.committed().get(0).amountReturn()).isEqualByComparingTo(new BigDecimal("24.00"));
        assertThat(models.session().screen().get()).isEqualTo(Screen.RECEIPT);
        assertThat(models.session().orders()).isEmpty();
    }
}
