package till.refund;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.fx.Async;
import till.order.PaidOrder;
import till.refunds.Refunds;
import till.refunds.ServerRefunds;
import till.store.TillStore;
import till.testsupport.MutableClock;
import till.testsupport.RefundOrders;
import till.testsupport.SenderRig;

/**
 * The refund screen's logic without a toolkit, over a real store: a scanned barcode finds the original, + stops at
 * what is left, the amount to pay out follows the choice, Refund commits once and says so, and a second refund of
 * the same lines finds nothing left.
 */
class RefundViewModelTest {

    @TempDir
    Path dir;
    private TillStore store;
    private PaidOrder original;
    private final List<PaidOrder> refunded = new ArrayList<>();
    private RefundViewModel model;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(SenderRig.T0);
        store = TillStore.open(dir, clock);
        original = RefundOrders.original(7, 100, 27, 49, 2, SenderRig.T0);
        store.outbox().commitPaid(original);
        Catalog catalog = RefundOrders.catalog(7);
        Refunds refunds = new Refunds(() -> catalog, store.refundHistory(), ServerRefunds.NONE, store.orderNumbers(),
                store.outbox(), clock);
        model = new RefundViewModel(refunds, catalog.paymentMethods(), Async.sameThread(), refunded::add,
                Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aScannedReceiptOpensItsLinesAndRefundingCommitsOnceWithTheAmountToPayOut() {
        model.reference().set(original.uid());
        model.find();

        assertThat(model.step().get()).isEqualTo(RefundViewModel.Step.CHOOSING);
        assertThat(model.reference().get()).isEqualTo(original.name());
        assertThat(model.method().get().cash()).as("cash gives money back").isTrue();
        RefundRow lamps = model.rows().get(1);
        model.more(lamps);
        model.more(lamps);
        model.more(lamps);
        assertThat(lamps.chosen().get()).as("no more than the 2 left").isEqualByComparingTo("2");
        assertThat(model.payOut().get()).isEqualTo("To pay out: 8.00");

        model.refund();

        assertThat(model.step().get()).isEqualTo(RefundViewModel.Step.DONE);
        assertThat(refunded).singleElement().satisfies(r -> assertThat(r.totals().total())
                .isEqualByComparingTo("-8.00"));
        assertThat(model.message().get()).isEqualTo("Refunded " + refunded.get(0).name() + ": pay out 8.00 in Cash.");
        assertThat(store.outbox().list()).hasSize(2);
        model.refund();
        assertThat(store.outbox().list()).as("a second press does nothing").hasSize(2);

        model.open(original.uid());
        assertThat(model.rows().get(1).line().left()).isEqualByComparingTo("0");
    }

    @Test
    void anUnknownReferenceSaysSoAndStaysOnTheSearch() {
        model.reference().set("Order 00007-001-0555");
        model.find();

        assertThat(model.step().get()).isEqualTo(RefundViewModel.Step.FINDING);
        assertThat(model.message().get()).startsWith("No paid order 00007-001-0555 on this till");
        assertThat(model.rows()).isEmpty();
    }
}
