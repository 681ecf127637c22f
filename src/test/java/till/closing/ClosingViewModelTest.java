package till.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import till.catalog.PaymentMethod;
import till.fx.Async;
import till.order.PaidOrder;
import till.outbox.OutboxState;
import till.session.Denominations;
import till.session.SessionClosing;
import till.session.SessionOrder;
import till.testsupport.PaidOrders;

/** The closing screen's logic without a toolkit: the I/O and the UI executor are the calling thread. */
class ClosingViewModelTest {

    private static final Instant AT = Instant.parse("2026-12-07T17:00:00Z");
    private static final List<PaymentMethod> METHODS = List.of(new PaymentMethod(1, "Cash", true),
            new PaymentMethod(2, "Bank", false));

    private final List<SessionOrder> orders = new ArrayList<>();
    private final FakeSessionServer server = new FakeSessionServer(new BigDecimal("50.00"));
    private final AtomicInteger wakes = new AtomicInteger();

    private ClosingViewModel model(List<BigDecimal> denominations, String threshold) {
        SessionClosing closing = new SessionClosing(id -> List.copyOf(orders), server,
                Clock.fixed(AT, ZoneOffset.UTC));
        ClosingViewModel model = new ClosingViewModel(closing, 3, METHODS, denominations, new BigDecimal(threshold),
                wakes::incrementAndGet, Async.sameThread(), Locale.ENGLISH, ZoneOffset.UTC);
        model.load();
        return model;
    }

    private void paid(int sequence, String amount, long method, OutboxState state) {
        PaidOrder order = PaidOrders.paid(3, sequence, 6, amount, method, AT);
        orders.add(new SessionOrder(order, state, ""));
    }

    @Test
    void countingNotesAndCoinsGivesTheCashCountedAndTheDifferenceToTheExpectedCash() {
        paid(1, "20.00", 2, OutboxState.SENT);
        ClosingViewModel model = model(Denominations.of("EUR"), "0");

        assertThat(model.sessionName().get()).isEqualTo("POS/00003");
        assertThat(model.expectedCash().get()).isEqualByComparingTo("50.00");
        model.pieces().get(new BigDecimal("20")).set(2);
        model.pieces().get(new BigDecimal("5")).set(1);
        model.pieces().get(new BigDecimal("0.50")).set(3);

        assertThat(model.counted().get()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("46.50"));
        assertThat(model.difference().get()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-3.50"));
    }

    @Test
    void aDifferenceAboveTheThresholdNeedsANoteBeforeTheSessionCanBeClosed() {
        ClosingViewModel model = model(List.of(), "1.00");

        model.countedText().set("50.50");
        assertThat(model.noteRequired().get()).isFalse();
        assertThat(model.canClose().get()).isTrue();

        model.countedText().set("48.00");
        assertThat(model.noteRequired().get()).isTrue();
        assertThat(model.canClose().get()).isFalse();
        model.note().set("a 2.00 coin fell behind the drawer");
        assertThat(model.canClose().get()).isTrue();
    }

    @Test
    void theDefaultThresholdOfZeroNeedsANoteForAnyDifferenceAndNoneForAnExactCount() {
        ClosingViewModel model = model(List.of(), "0");

        model.countedText().set("50");
        assertThat(model.noteRequired().get()).isFalse();
        model.countedText().set("50.01");
        assertThat(model.noteRequired().get()).isTrue();
        model.countedText().set("fifty");
        assertThat(model.canClose().get()).isFalse();
    }

    @Test
    void closingIsRefusedListingTheUnsentOrdersAndSendNowWakesTheSender() {
        paid(1, "20.00", 2, OutboxState.SENT);
        paid(2, "7.00", 2, OutboxState.WAITING);
        ClosingViewModel model = model(List.of(), "0");
        model.countedText().set("50");

        model.close();

        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.REFUSED);
        assertThat(model.unsent()).extracting(u -> u.uid()).containsExactly("00003-001-0002");
        assertThat(server.closes).isEmpty();
        model.sendNow();
        assertThat(wakes).hasValue(1);

        orders.set(1, new SessionOrder(orders.get(1).order(), OutboxState.SENT, ""));
        model.load();
        assertThat(model.unsent()).isEmpty();
        model.close();
        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.CLOSED);
        assertThat(server.closes).singleElement().satisfies(r -> {
            assertThat(r.countedCash()).isEqualByComparingTo("50");
            assertThat(r.bankMethodIds()).containsExactly(2L);
        });
        assertThat(model.report()).anySatisfy(l -> assertThat(l).contains("orders: 2, total 27.00"));
    }

    @Test
    void aManagerOverrideNeedsAReasonAndTheZReportKeepsIt() {
        paid(1, "7.00", 2, OutboxState.REJECTED);
        ClosingViewModel model = model(List.of(), "0");
        model.countedText().set("50");
        model.close();

        model.closeWithOverride();
        assertThat(server.closes).isEmpty();
        assertThat(model.message().get()).contains("Write why");

        model.overrideReason().set("order refused by the server, the accountant books it by hand");
        model.closeWithOverride();

        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.CLOSED);
        assertThat(server.closes).hasSize(1);
        assertThat(model.report()).anySatisfy(l -> assertThat(l).contains("closed by a manager with 1 unsent orders:"
                + " order refused by the server, the accountant books it by hand"));
    }

    @Test
    void aRefusalByTheServerIsShownInItsWordsAndTheCloseMayBeTriedAgain() {
        ClosingViewModel model = model(List.of(), "0");
        model.countedText().set("50");
        server.refuse("There are still unposted entries in journal CSH1.");

        model.close();

        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.FAILED);
        assertThat(model.message().get()).contains("There are still unposted entries in journal CSH1.");
        assertThat(model.canClose().get()).isTrue();
    }

    @Test
    void theZReportGoesToThePrinterOnceClosedAndPrintAgainQueuesACopy() {
        paid(1, "20.00", 1, OutboxState.SENT);
        List<String> printed = new ArrayList<>();
        ClosingViewModel model = model(List.of(), "0");
        model.printOn(new ZReportPaper() {
            @Override
            public void original(long sessionId, List<String> lines) {
                printed.add("original " + sessionId + ": " + lines.get(0));
            }

            @Override
            public void copy(long sessionId, List<String> lines) {
                printed.add("copy " + sessionId + ": " + lines.get(0));
            }
        });
        model.printAgain();
        assertThat(printed).as("nothing to print before the close").isEmpty();

        model.countedText().set("70");
        model.close();
        model.printAgain();

        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.CLOSED);
        assertThat(printed).containsExactly("original 3: " + model.report().get(0), "copy 3: "
                + model.report().get(0));
        assertThat(model.report().get(0)).startsWith("Z report: session POS/00003");
        assertThat(model.paperMessage().get()).isEqualTo("A copy of the Z report is printing.");
    }

    @Test
    void aZReportThePrinterQueueCannotTakeIsSaidAndTheSessionStaysClosed() {
        ClosingViewModel model = model(List.of(), "0");
        model.printOn(new ZReportPaper() {
            @Override
            public void original(long sessionId, List<String> lines) {
                throw new IllegalStateException("the disk is full");
            }

            @Override
            public void copy(long sessionId, List<String> lines) {
                throw new IllegalStateException("the disk is full");
            }
        });
        model.countedText().set("50");

        model.close();

        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.CLOSED);
        assertThat(server.closes).hasSize(1);
        assertThat(model.paperMessage().get()).isEqualTo(
                "The Z report could not be sent to the printer: the disk is full");
    }
}
