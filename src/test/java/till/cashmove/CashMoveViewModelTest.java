package till.cashmove;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.fx.Async;
import till.session.CashMove;
import till.session.CashMoveBook;
import till.session.CashMoveState;
import till.store.TillStore;

/** The cash in / out screen's logic without a toolkit, over a real store: parsing, the required reason, recording. */
class CashMoveViewModelTest {

    @TempDir
    Path dir;
    private TillStore store;
    private final List<CashMove> drawerOpenedFor = new ArrayList<>();
    private int wakes;
    private CashMoveViewModel model;

    @BeforeEach
    void open() {
        store = TillStore.open(dir, Clock.systemUTC());
        model = new CashMoveViewModel(new CashMoveBook(store.cashMoves(), Clock.systemUTC(), () -> wakes++), 7,
                drawerOpenedFor::add, Async.sameThread(), Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void amountsAreDigitsWithAPointOrACommaAndMoreThanZero() {
        assertThat(CashMoveViewModel.parseAmount("12.50")).contains(new BigDecimal("12.50"));
        assertThat(CashMoveViewModel.parseAmount(" 12,5 ")).contains(new BigDecimal("12.5"));
        assertThat(CashMoveViewModel.parseAmount("20")).contains(new BigDecimal("20"));
        assertThat(CashMoveViewModel.parseAmount("0")).isEmpty();
        assertThat(CashMoveViewModel.parseAmount("-5")).isEmpty();
        assertThat(CashMoveViewModel.parseAmount("1.234")).isEmpty();
        assertThat(CashMoveViewModel.parseAmount("12a")).isEmpty();
        assertThat(CashMoveViewModel.parseAmount("")).isEmpty();
    }

    @Test
    void withoutAReasonNothingIsRecorded() {
        model.amountText().set("20");
        assertThat(model.canConfirm().get()).isFalse();

        model.confirm();

        assertThat(model.message().get()).contains("a reason is required");
        assertThat(store.cashMoves().of(7)).isEmpty();
        assertThat(drawerOpenedFor).isEmpty();
    }

    @Test
    void aConfirmedMoveIsInTheStoreWaitingTheDrawerOpensAndTheSenderIsWoken() {
        model.direction().set(CashMove.Direction.IN);
        model.amountText().set("50,00");
        model.reason().set("float for change");
        assertThat(model.canConfirm().get()).isTrue();

        model.confirm();

        assertThat(model.step().get()).isEqualTo(CashMoveViewModel.Step.DONE);
        assertThat(model.message().get()).contains("Cash in of 50.00 recorded (float for change)");
        CashMove kept = store.cashMoves().of(7).get(0);
        assertThat(kept.direction()).isEqualTo(CashMove.Direction.IN);
        assertThat(kept.amount()).isEqualByComparingTo("50");
        assertThat(kept.state()).isEqualTo(CashMoveState.WAITING);
        assertThat(model.recorded().get()).map(CashMove::ref).isEqualTo(Optional.of(kept.ref()));
        assertThat(drawerOpenedFor).extracting(CashMove::ref).containsExactly(kept.ref());
        assertThat(wakes).isEqualTo(1);
        assertThat(model.canConfirm().get()).as("a second press records nothing more").isFalse();
        model.confirm();
        assertThat(store.cashMoves().of(7)).hasSize(1);
    }
}
