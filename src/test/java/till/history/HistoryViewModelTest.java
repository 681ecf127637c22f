package till.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import till.fx.Async;
import till.order.PaidOrder;
import till.sell.ReceiptRow;
import till.session.HistoryEntry;
import till.session.SendingState;
import till.session.ServerOrder;
import till.session.ServerOrders;
import till.session.ServerSearchException;
import till.testsupport.PaidOrders;

/** The order history's view model without a toolkit: loading, searching, opening, reprint, refund, server search. */
class HistoryViewModelTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    private final List<PaidOrder> reprinted = new ArrayList<>();
    private String refusedCopy = "";
    private final ReceiptCopies copies = new ReceiptCopies() {
        @Override
        public boolean canPrint() {
            return true;
        }

        @Override
        public void reprint(PaidOrder paid, Consumer<String> failed) {
            reprinted.add(paid);
            if (paid.uid().equals(refusedCopy)) {
                failed.accept("the disk is full");
            }
        }
    };

    private static HistoryEntry entry(int n, String price, String customer, SendingState state) {
        return new HistoryEntry(PaidOrders.paid(1, n, 5, price, 2, NOON.plusSeconds(n)), customer, List.of("Cash"),
                state, "");
    }

    private final List<HistoryEntry> entries = List.of(entry(3, "12.50", "", SendingState.WAITING),
            entry(2, "4.00", "Deco Addict", SendingState.SENT), entry(1, "7.25", "", SendingState.HELD));

    private HistoryViewModel model(Optional<ServerOrders> server) {
        return new HistoryViewModel(() -> entries, paid -> List.of(new ReceiptRow(paid.name(), "", "receipt-note")),
                copies, server, Async.sameThread(), Locale.ENGLISH);
    }

    @Test
    void loadsTheOrdersAndTheSearchNarrowsThemByAmountOrCustomer() {
        HistoryViewModel model = model(Optional.empty());
        model.load();
        assertThat(model.orders()).containsExactlyElementsOf(entries);

        model.query().set("12,50");
        assertThat(model.orders()).extracting(HistoryEntry::uid).containsExactly("00001-001-0003");
        model.query().set("deco");
        assertThat(model.orders()).extracting(HistoryEntry::uid).containsExactly("00001-001-0002");
        model.query().set("");
        assertThat(model.orders()).hasSize(3);
        assertThat(model.total()).isEqualTo(3);
    }

    @Test
    void openingAnOrderShowsItsReceiptAndReprintAsksForACopyOfThatOrder() {
        HistoryViewModel model = model(Optional.empty());
        model.load();
        model.reprint();
        assertThat(reprinted).isEmpty();

        model.open(entries.get(1));
        assertThat(model.receipt()).extracting(ReceiptRow::left).containsExactly("Order 00001-001-0002");
        model.reprint();

        assertThat(reprinted).extracting(PaidOrder::uid).containsExactly("00001-001-0002");
        assertThat(model.message().get()).contains("DUPLICATE");
    }

    @Test
    void aCopyThePrintQueueCannotTakeIsSaidInsteadOfPromised() {
        HistoryViewModel model = model(Optional.empty());
        model.load();
        refusedCopy = "00001-001-0002";
        model.open(entries.get(1));

        model.reprint();

        assertThat(model.message().get()).isEqualTo("The copy of " + entries.get(1).reference()
                + " could not be queued for the printer: the disk is full");
    }

    @Test
    void refundIsOfferedOnlyWithAFlowAndHandsItTheOpenOrder() {
        HistoryViewModel model = model(Optional.empty());
        assertThat(model.refundOffered()).isFalse();
        List<PaidOrder> refunds = new ArrayList<>();
        model.offerRefund(refunds::add);
        model.load();
        model.open(entries.get(0));

        model.refund();

        assertThat(model.refundOffered()).isTrue();
        assertThat(refunds).extracting(PaidOrder::uid).containsExactly("00001-001-0003");
    }

    @Test
    void theServerSearchShowsTheServersOrdersOrWhyItCouldNotSearch() {
        ServerOrder earlier = new ServerOrder(7, "Order 00000-001-0001", "2026-12-06 09:00:00", "", BigDecimal.TEN,
                "done", "", List.of(), List.of());
        List<String> asked = new ArrayList<>();
        HistoryViewModel online = model(Optional.of((text, limit) -> {
            asked.add(text);
            return List.of(earlier);
        }));
        online.query().set("0001");
        online.searchServer();
        assertThat(asked).containsExactly("0001");
        assertThat(online.serverOrders()).containsExactly(earlier);
        assertThat(online.serverMessage().get()).isEqualTo("1 order on the server.");

        HistoryViewModel offline = model(Optional.of((text, limit) -> {
            throw new ServerSearchException("The server cannot be reached: connection refused.", null);
        }));
        offline.searchServer();
        assertThat(offline.serverOrders()).isEmpty();
        assertThat(offline.serverMessage().get()).isEqualTo("The server cannot be reached: connection refused.");

        HistoryViewModel noServer = model(Optional.empty());
        noServer.searchServer();
        assertThat(noServer.serverMessage().get()).startsWith("This till has no server to search");
    }
}
