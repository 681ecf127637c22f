package till.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.PaymentMethod;
import till.fx.Async;
import till.session.CashMove;
import till.session.CashMoveBook;
import till.session.CashMoveState;
import till.session.SessionClosing;
import till.store.TillStore;

/**
 * The closing screen's model with cash moves in a real store: they change the expected cash, an unsent one is listed
 * with the unsent orders and refuses the close, and once confirmed the session closes with them on the Z report.
 */
class ClosingWithCashMovesTest {

    private static final List<PaymentMethod> METHODS = List.of(new PaymentMethod(1, "Cash", true),
            new PaymentMethod(2, "Bank", false));

    @TempDir
    Path dir;
    private TillStore store;
    private final FakeSessionServer server = new FakeSessionServer(new BigDecimal("50.00"));

    @BeforeEach
    void open() {
        store = TillStore.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUnsentCashMoveIsListedAndRefusesTheCloseUntilItIsConfirmed() {
        CashMoveBook book = new CashMoveBook(store.cashMoves(), Clock.systemUTC(), () -> { });
        CashMove in = book.record(3, CashMove.Direction.IN, new BigDecimal("20"), "float");
        CashMove out = book.record(3, CashMove.Direction.OUT, new BigDecimal("5.50"), "stamps");
        store.cashMoves().mark(in.ref(), CashMoveState.SENT, "");
        ClosingViewModel model = new ClosingViewModel(new SessionClosing(store.sessionOrders(), store.cashMoves(),
                server, Clock.systemUTC()), 3, METHODS, List.of(), BigDecimal.ZERO, () -> { }, Async.sameThread(),
                Locale.ENGLISH, ZoneOffset.UTC);

        model.load();

        assertThat(model.expectedCash().get()).isEqualByComparingTo("64.50");
        assertThat(model.unsent()).extracting(u -> u.uid() + " " + u.name())
                .containsExactly(out.ref() + " cash out: stamps");
        model.countedText().set("64.50");
        model.close();
        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.REFUSED);
        assertThat(server.closes).isEmpty();

        store.cashMoves().mark(out.ref(), CashMoveState.SENT, "");
        model.close();

        assertThat(model.step().get()).isEqualTo(ClosingViewModel.Step.CLOSED);
        assertThat(String.join("\n", model.report())).contains("cash moves: 2, net 14.50").contains("stamps");
    }
}
