package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.catalog.ShopSettings.CashRounding;
import till.fx.Async;
import till.register.Register;
import till.testsupport.FakeOpenOrders;
import till.testsupport.FakeOrderNumbers;
import till.testsupport.MutableClock;
import till.testsupport.RecordingOutbox;

/**
 * On a POS configuration with cash rounding, which Till does not apply, Validate stays off with the reason wherever
 * Odoo would round the order and keep it unpaid (decision 0246): no such order is taken.
 */
class CashRoundingGuardTest {

    private static final long OFFICE_LAMP = 6;
    private static final long CASH = 1;
    private static final long BANK = 2;

    private final FakeOpenOrders openOrders = new FakeOpenOrders();
    private final RecordingOutbox outbox = new RecordingOutbox(openOrders);

    @Test
    void roundingOnlyCashRefusesACashPaymentAndTakesACardOne() {
        PaymentViewModel payment = payingTheLamp(CashRounding.CASH_ONLY);
        payment.addPayment(CASH);

        assertThat(payment.refusal().get()).contains("Cash Rounding");
        assertThat(payment.validateDisabled().get()).isTrue();
        payment.validate();
        assertThat(outbox.committed()).isEmpty();

        payment.removePayment(0);
        payment.addPayment(BANK);
        assertThat(payment.refusal().get()).isEmpty();
        assertThat(payment.validateDisabled().get()).isFalse();
    }

    @Test
    void roundingEveryTotalRefusesEvenACardPayment() {
        PaymentViewModel payment = payingTheLamp(CashRounding.ALL);
        payment.addPayment(BANK);

        assertThat(payment.refusal().get()).contains("Cash Rounding");
        assertThat(payment.validateDisabled().get()).isTrue();
    }

    @Test
    void withoutCashRoundingCashIsTakenAsBefore() {
        PaymentViewModel payment = payingTheLamp(CashRounding.NONE);
        payment.addPayment(CASH);

        assertThat(payment.refusal().get()).isEmpty();
        assertThat(payment.validateDisabled().get()).isFalse();
    }

    private PaymentViewModel payingTheLamp(CashRounding rounding) {
        Catalog demo = DemoCatalog.load();
        Catalog catalog = new Catalog(demo.settings().withCashRounding(rounding), demo.categories(), demo.products(),
                demo.taxes(), demo.paymentMethods(), demo.customers());
        Register register = new Register(() -> catalog, openOrders, new FakeOrderNumbers(), outbox,
                new MutableClock(Instant.parse("2026-12-08T09:12:00Z")));
        SellScreenModels models = SellScreenModels.create(register, catalog, Async.sameThread(), Async.sameThread(),
                Messages.forLocale(Locale.ROOT), ZoneOffset.UTC);
        models.session().start();
        models.sell().addProduct(OFFICE_LAMP);
        models.sell().pay();
        return models.payment();
    }
}
